package com.stockroom.orders.application;

import com.stockroom.catalog.api.HoldInfo;
import com.stockroom.catalog.api.HoldRequest;
import com.stockroom.catalog.api.Inventory;
import com.stockroom.catalog.api.SkuCatalog;
import com.stockroom.catalog.api.SkuInfo;
import com.stockroom.catalog.api.UnknownSkuException;
import com.stockroom.common.money.Money;
import com.stockroom.common.problem.ProblemException;
import com.stockroom.common.security.Caller;
import com.stockroom.orders.domain.CartItemState;
import com.stockroom.orders.domain.OrderLimits;
import com.stockroom.orders.domain.OrderProblems;
import com.stockroom.orders.persistence.Cart;
import com.stockroom.orders.persistence.CartItem;
import com.stockroom.orders.persistence.CartRepository;
import com.stockroom.orders.persistence.ReservationJob;
import com.stockroom.orders.persistence.ReservationJobRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The customer's cart. Items of our own stock are held by the catalog until they expire (the
 * catalog releases expired holds); items an external service reserves are asked for by a durable
 * job and answer later. Each change locks the cart first, so a customer's requests take turns.
 */
@Stateless
@PermitAll
public class CartService {

  @Inject CartRepository carts;

  @Inject ReservationJobRepository jobs;

  @Inject SkuCatalog skuCatalog;

  @Inject Inventory inventory;

  @Inject OrdersSettings settings;

  public CartView view(Caller caller) {
    Optional<Cart> cart = carts.findActive(caller.userId());
    if (cart.isEmpty()) {
      return new CartView(null, List.of(), null, null);
    }
    List<CartItem> items = cart.get().items();
    Map<String, SkuInfo> skus = skuCatalog.findByCodes(items.stream().map(CartItem::sku).toList());
    Instant now = Times.now();
    List<CartItemView> views =
        items.stream().map(item -> view(item, skus.get(item.sku()), now)).toList();
    return new CartView(
        cart.get().id().toString(), views, total(views), OrderViews.millis(cart.get().updatedAt()));
  }

  public CartItemView item(Caller caller, long itemId) {
    CartItem item =
        carts
            .findActive(caller.userId())
            .flatMap(cart -> cart.items().stream().filter(i -> i.id() == itemId).findFirst())
            .orElseThrow(() -> itemNotFound(itemId));
    return view(item, skuCatalog.findByCodes(List.of(item.sku())).get(item.sku()), Times.now());
  }

  /**
   * Puts a SKU in the cart: our stock is held at once (available drops, on hand does not); an
   * externally fulfilled SKU is pending until the reservation service answers.
   */
  public CartChange add(Caller caller, String sku, int quantity) {
    Instant now = Times.now();
    Cart cart =
        carts.lockOrCreateActive(caller.userId(), email(caller), now, settings.lockTimeout());
    Optional<CartItem> existing =
        cart.items().stream().filter(item -> item.sku().equals(sku)).findFirst();
    if (existing.isPresent()) {
      throw new ProblemException(
          OrderProblems.ALREADY_IN_CART,
          sku + " is already in your cart; change that item's quantity instead.",
          Map.of("itemId", existing.get().id().toString()),
          Map.of());
    }
    if (cart.items().size() >= OrderLimits.MAX_LINES) {
      throw new ProblemException(
          OrderProblems.CART_FULL,
          "A cart holds at most " + OrderLimits.MAX_LINES + " different SKUs.");
    }
    SkuInfo info = sellable(sku);
    cart.touch(caller.email(), now);
    CartItem item;
    if (info.externallyFulfilled()) {
      requireReservationService();
      item = CartItem.pending(cart, sku, quantity, now);
      carts.insert(item);
      ask(caller, item, now);
    } else {
      HoldInfo hold = hold(caller, cart, sku, quantity, now);
      item = CartItem.held(cart, sku, quantity, hold.id(), hold.expiresAt(), now);
      carts.insert(item);
    }
    return new CartChange(view(item, info, now), true, item.isExternal());
  }

  /**
   * Changes an item's quantity. A held item gets a new hold for the new quantity (and a fresh
   * expiry), all or nothing: if the stock is not there, the old hold stays. An external item is
   * asked for again (also at the same quantity, after the service refused it).
   */
  public CartChange changeQuantity(Caller caller, long itemId, int quantity) {
    Instant now = Times.now();
    Cart cart =
        carts
            .lockActive(caller.userId(), settings.lockTimeout())
            .orElseThrow(() -> itemNotFound(itemId));
    CartItem item = itemOf(cart, itemId);
    SkuInfo info = skuCatalog.findByCodes(List.of(item.sku())).get(item.sku());
    if (quantity == item.quantity() && item.state(now) != CartItemState.FAILED) {
      return new CartChange(view(item, info, now), false, false);
    }
    cart.touch(caller.email(), now);
    if (item.isExternal()) {
      requireReservationService();
      jobs.pendingFor(item.id()).forEach(job -> job.cancel(now));
      item.reask(quantity, now);
      ask(caller, item, now);
    } else {
      inventory.releaseHold(item.holdId(), cart.holdOwner(), caller.actor());
      HoldInfo hold = hold(caller, cart, item.sku(), quantity, now);
      item.rehold(quantity, hold.id(), hold.expiresAt(), now);
    }
    return new CartChange(view(item, info, now), false, item.isExternal());
  }

  /** Takes an item out of the cart and gives its hold back (a no-op if it already expired). */
  public void remove(Caller caller, long itemId) {
    Instant now = Times.now();
    Cart cart =
        carts
            .lockActive(caller.userId(), settings.lockTimeout())
            .orElseThrow(() -> itemNotFound(itemId));
    CartItem item = itemOf(cart, itemId);
    if (item.isExternal()) {
      jobs.pendingFor(item.id()).forEach(job -> job.cancel(now));
    } else {
      inventory.releaseHold(item.holdId(), cart.holdOwner(), caller.actor());
    }
    carts.delete(item);
    cart.touch(caller.email(), now);
  }

  private HoldInfo hold(Caller caller, Cart cart, String sku, int quantity, Instant now) {
    return inventory.placeHold(
        new HoldRequest(
            sku, quantity, cart.holdOwner(), now.plus(settings.holdDuration()), caller.actor()));
  }

  private void ask(Caller caller, CartItem item, Instant now) {
    jobs.insert(
        new ReservationJob(
            item.id(), caller.userId(), email(caller), item.sku(), item.quantity(), now));
  }

  private SkuInfo sellable(String sku) {
    SkuInfo info = skuCatalog.findByCodes(List.of(sku)).get(sku);
    if (info == null) {
      throw new UnknownSkuException(List.of(sku));
    }
    if (!info.sellable()) {
      throw OrderService.notForSale(List.of(sku));
    }
    return info;
  }

  private void requireReservationService() {
    if (settings.reservationUrl().isEmpty()) {
      throw new ProblemException(
          OrderProblems.RESERVATIONS_UNAVAILABLE,
          "This SKU is reserved through an external service, which this shop has not"
              + " configured.");
    }
  }

  private static CartItem itemOf(Cart cart, long itemId) {
    return cart.items().stream()
        .filter(item -> item.id() == itemId)
        .findFirst()
        .orElseThrow(() -> itemNotFound(itemId));
  }

  private static ProblemException itemNotFound(long itemId) {
    return ProblemException.notFound("Cart item " + itemId);
  }

  private static CartItemView view(CartItem item, SkuInfo sku, Instant now) {
    Money unitPrice = sku == null ? null : sku.price();
    return new CartItemView(
        item.id().toString(),
        item.sku(),
        sku == null ? null : sku.productName(),
        item.quantity(),
        unitPrice,
        unitPrice == null ? null : unitPrice.times(item.quantity()),
        item.state(now),
        OrderViews.millis(item.expiresAt()),
        item.reservationId(),
        item.failureReason(),
        OrderViews.millis(item.addedAt()));
  }

  private static Money total(List<CartItemView> items) {
    Money total = null;
    for (CartItemView item : items) {
      if (item.lineTotal() == null) {
        continue;
      }
      if (total == null) {
        total = item.lineTotal();
      } else if (!total.currency().equals(item.lineTotal().currency())) {
        return null;
      } else {
        total = total.plus(item.lineTotal());
      }
    }
    return total;
  }

  private static String email(Caller caller) {
    return caller.email() == null ? "" : caller.email();
  }
}

package com.stockroom.orders.application;

import com.stockroom.catalog.api.Inventory;
import com.stockroom.catalog.api.Restock;
import com.stockroom.catalog.api.Sale;
import com.stockroom.catalog.api.SkuCatalog;
import com.stockroom.catalog.api.SkuInfo;
import com.stockroom.catalog.api.SoldLine;
import com.stockroom.catalog.api.StockLine;
import com.stockroom.catalog.api.UnknownSkuException;
import com.stockroom.common.money.Money;
import com.stockroom.common.persistence.ReadYourWrites;
import com.stockroom.common.problem.FieldError;
import com.stockroom.common.problem.ProblemException;
import com.stockroom.common.problem.ProblemType;
import com.stockroom.common.problem.ValidationProblem;
import com.stockroom.common.security.Caller;
import com.stockroom.orders.domain.IdempotencyKey;
import com.stockroom.orders.domain.OrderProblems;
import com.stockroom.orders.domain.OrderStatus;
import com.stockroom.orders.domain.OrderWorkflow;
import com.stockroom.orders.domain.OrderWorkflow.Actor;
import com.stockroom.orders.domain.RequestedLine;
import com.stockroom.orders.domain.RequestedLines;
import com.stockroom.orders.domain.Returns;
import com.stockroom.orders.persistence.Cart;
import com.stockroom.orders.persistence.CartItem;
import com.stockroom.orders.persistence.CartRepository;
import com.stockroom.orders.persistence.CustomerOrder;
import com.stockroom.orders.persistence.OrderHistoryEntry;
import com.stockroom.orders.persistence.OrderLine;
import com.stockroom.orders.persistence.OrderRepository;
import com.stockroom.orders.persistence.OrderReturn;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Places orders and moves them through their workflow. Each public method is one transaction on the
 * primary, shared with the catalog's stock movements and the notifications outbox: an order, its
 * stock, its history and its events commit together or not at all.
 */
@Stateless
@PermitAll
public class OrderService {

  static final String PLACE_OPERATION = "POST /api/orders/orders";

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject OrderRepository orders;

  @Inject CartRepository carts;

  @Inject IdempotencyKeys keys;

  @Inject OrderEvents events;

  @Inject OrdersSettings settings;

  @Inject SkuCatalog skuCatalog;

  @Inject Inventory inventory;

  @Inject ReadYourWrites writes;

  /**
   * Places an order from the given lines or from the caller's cart, once per idempotency key: a
   * repeated key gets the first response back.
   *
   * @return the created order (201) or the stored response of the key's first request
   */
  public StoredResponse place(Caller caller, IdempotencyKey key, PlaceOrder command) {
    if (!command.fromCart()) {
      List<FieldError> repeats = RequestedLines.duplicates("lines", command.lines());
      if (!repeats.isEmpty()) {
        throw new ValidationProblem(repeats);
      }
    }
    Optional<StoredResponse> replay =
        keys.claimOrReplay(caller.userId(), key, fingerprint(command));
    if (replay.isPresent()) {
      return replay.get();
    }
    Placement placement =
        command.fromCart() ? checkout(caller) : fromLines(caller, command.lines());
    CustomerOrder order = placement.order();
    orders.flush();
    StoredResponse created =
        new StoredResponse(
            201,
            JSON.toJson(OrderViews.of(order)),
            "orders/orders/" + order.id(),
            StoredResponse.JSON,
            false);
    keys.complete(caller.userId(), key, created);
    if (placement.stockToTake() != null) {
      requireLinePrices(order, inventory.sell(placement.stockToTake()));
    }
    writes.rememberCommitOf(Long.toString(caller.userId()));
    return created;
  }

  /** The fingerprint a refusal of {@link #place} is stored under. */
  static String fingerprint(PlaceOrder command) {
    return IdempotencyKeys.fingerprint(PLACE_OPERATION, command.canonical());
  }

  /**
   * Cancels an order that has not left the shelf and puts its stock back through the ledger.
   * Customers may cancel only their own orders; another customer's order is not found.
   */
  public OrderView cancel(Caller caller, long orderId, String reason) {
    CustomerOrder order = lockVisible(caller, orderId);
    return OrderViews.of(cancel(caller, order, reason));
  }

  /**
   * Moves an order along the workflow (staff). Moving it to CANCELLED cancels it.
   *
   * @param expectedVersion the version the caller saw ({@code If-Match}), or {@code null}
   */
  public OrderView changeStatus(
      Caller caller, long orderId, OrderStatus to, String note, Long expectedVersion) {
    CustomerOrder order = lockVisible(caller, orderId);
    requireVersion(order, expectedVersion);
    if (to == OrderStatus.CANCELLED) {
      return OrderViews.of(cancel(caller, order, note));
    }
    requireAllowed(order, to, actor(caller));
    OrderHistoryEntry change = order.moveTo(to, caller.actor(), note, Times.now());
    orders.flush();
    events.statusChanged(order, change);
    remember(caller, order);
    return OrderViews.of(order);
  }

  /**
   * Records goods that came back from a delivered order (staff); with {@code restock}, they go back
   * on hand through the ledger.
   */
  public ReturnView recordReturn(
      Caller caller, long orderId, List<RequestedLine> lines, boolean restock, String note) {
    CustomerOrder order = lockVisible(caller, orderId);
    if (!OrderWorkflow.acceptsReturns(order.status())) {
      throw new ProblemException(
          OrderProblems.NOT_DELIVERED,
          "Returns are recorded against delivered orders; this one is " + order.status() + ".");
    }
    Map<String, Integer> returnable = new HashMap<>();
    for (OrderLine line : order.lines()) {
      returnable.put(line.sku(), line.quantity() - line.returnedQuantity());
    }
    List<FieldError> errors = Returns.check(returnable, lines);
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    String reference = reference(order);
    if (restock) {
      inventory.putBack(stockLines(lines), Restock.RETURN, reference, caller.actor());
    }
    OrderReturn entry =
        order.recordReturn(
            lines.stream().map(l -> new OrderReturn.Line(l.sku(), l.quantity())).toList(),
            restock,
            note,
            caller.actor(),
            Times.now());
    orders.flush();
    events.returned(order, entry);
    remember(caller, order);
    return OrderViews.returned(entry);
  }

  private CustomerOrder cancel(Caller caller, CustomerOrder order, String reason) {
    requireAllowed(order, OrderStatus.CANCELLED, actor(caller));
    List<StockLine> fromStock =
        order.lines().stream()
            .filter(line -> !line.isExternal())
            .map(line -> new StockLine(line.sku(), line.quantity()))
            .toList();
    if (!fromStock.isEmpty()) {
      inventory.putBack(fromStock, Restock.CANCELLATION, reference(order), caller.actor());
    }
    OrderHistoryEntry change =
        order.moveTo(OrderStatus.CANCELLED, caller.actor(), reason, Times.now());
    orders.flush();
    events.cancelled(order, change);
    remember(caller, order);
    return order;
  }

  /** An order from lines that nobody held: all or nothing, under the catalog's SKU locks. */
  /**
   * An order of the given lines, written in full at the prices the lookup saw, and the sale of its
   * stock, which {@link #place} makes last: the SKUs' row locks are then held for the stock update
   * and the commit only, not for the order's other writes, so one hot SKU sells as often as its
   * lock allows (the order benchmark's hot-SKU scenario).
   */
  private Placement fromLines(Caller caller, List<RequestedLine> lines) {
    Map<String, SkuInfo> skus = lookUp(lines.stream().map(RequestedLine::sku).toList());
    requireSellable(skus.values());
    List<String> external =
        skus.values().stream().filter(SkuInfo::externallyFulfilled).map(SkuInfo::sku).toList();
    if (!external.isEmpty()) {
      throw OrderProblems.aboutSkus(
          OrderProblems.RESERVATION_REQUIRED,
          "These SKUs are reserved through an external service; add them to the cart, which"
              + " asks that service, and order from the cart: "
              + String.join(", ", new TreeSet<>(external))
              + ".",
          new TreeSet<>(external));
    }
    CustomerOrder order =
        new CustomerOrder(
            caller.userId(), email(caller), currency(skus.values()), null, Times.now());
    orders.insert(order);
    for (RequestedLine line : lines) {
      SkuInfo sku = skus.get(line.sku());
      addLine(
          order, sku.sku(), sku.productId(), sku.productName(), line.quantity(), sku.price(), null);
    }
    order.recordPlacement(caller.actor());
    events.placed(order);
    Sale sale =
        Sale.ofLines(
            lines.stream().map(l -> new StockLine(l.sku(), l.quantity())).toList(),
            reference(order),
            caller.actor());
    return new Placement(order, sale);
  }

  /**
   * The prices the catalog sold at, read under the SKUs' locks, are the ones the order's lines were
   * written with; a price changed in between (rare) refuses the order, retryably.
   */
  private static void requireLinePrices(CustomerOrder order, List<SoldLine> sold) {
    Map<String, SoldLine> bySku = bySku(sold);
    for (OrderLine line : order.lines()) {
      SoldLine soldLine = bySku.get(line.sku());
      if (soldLine.unitPrice().amount() != line.unitPriceAmount()
          || !soldLine.unitPrice().currency().equals(order.currency())) {
        throw pricesChanged(line.sku());
      }
    }
  }

  /**
   * An order from the caller's cart: its holds become sold units (a hold that expired is re-checked
   * under the SKU's lock), its external reservations become lines, and the cart is closed. Items
   * still waiting for the reservation service, or refused by it, stop the checkout.
   */
  private Placement checkout(Caller caller) {
    Cart cart =
        carts
            .lockActive(caller.userId(), settings.lockTimeout())
            .filter(c -> !c.items().isEmpty())
            .orElseThrow(
                () ->
                    new ProblemException(
                        OrderProblems.CART_EMPTY, "There is nothing in your cart to order."));
    Instant now = Times.now();
    List<String> pending = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    for (CartItem item : cart.items()) {
      switch (item.state(now)) {
        case PENDING -> pending.add(item.sku());
        case FAILED -> failed.add(item.sku());
        default -> {}
      }
    }
    if (!pending.isEmpty()) {
      throw new ProblemException(
          OrderProblems.RESERVATION_PENDING,
          "The reservation service has not answered yet for "
              + String.join(", ", pending)
              + "; order once the cart shows them reserved.",
          Map.of("skus", pending),
          Map.of("Retry-After", "5"));
    }
    if (!failed.isEmpty()) {
      throw OrderProblems.aboutSkus(
          OrderProblems.RESERVATION_FAILED,
          "The reservation service refused "
              + String.join(", ", failed)
              + "; remove these items (or change their quantity to ask again) before ordering.",
          failed);
    }
    Map<String, SkuInfo> skus = lookUp(cart.items().stream().map(CartItem::sku).toList());
    requireSellable(skus.values());
    CustomerOrder order =
        new CustomerOrder(caller.userId(), email(caller), currency(skus.values()), cart.id(), now);
    orders.insert(order);
    List<Long> holds =
        cart.items().stream().filter(item -> !item.isExternal()).map(CartItem::holdId).toList();
    Map<String, SoldLine> sold =
        holds.isEmpty()
            ? Map.of()
            : bySku(
                inventory.sell(
                    new Sale(
                        holds, cart.holdOwner(), List.of(), reference(order), caller.actor())));
    for (CartItem item : cart.items()) {
      if (item.isExternal()) {
        SkuInfo sku = skus.get(item.sku());
        addLine(
            order,
            sku.sku(),
            sku.productId(),
            sku.productName(),
            item.quantity(),
            sku.price(),
            item.reservationId());
      } else {
        SoldLine line = sold.get(item.sku());
        addLine(
            order,
            line.sku(),
            line.productId(),
            line.productName(),
            line.quantity(),
            line.unitPrice(),
            null);
      }
    }
    cart.checkedOut(order.id(), now);
    order.recordPlacement(caller.actor());
    events.placed(order);
    return new Placement(order, null);
  }

  private static void addLine(
      CustomerOrder order,
      String sku,
      long productId,
      String name,
      int quantity,
      Money unitPrice,
      String reservationId) {
    if (!unitPrice.currency().equals(order.currency())) {
      // The product's currency changed between the lookup and the lock: rare, and retryable.
      throw pricesChanged(sku);
    }
    order.addLine(sku, productId, name, quantity, unitPrice, reservationId);
  }

  private static ProblemException pricesChanged(String sku) {
    return ProblemException.retryLater(
        OrderProblems.PRICES_CHANGED,
        "Prices of " + sku + " changed while the order was placed; nothing was changed.",
        1);
  }

  /**
   * An order written by {@link #place}, and the sale of its stock when that is still to be made
   * ({@code null} when the order was sold as it was written).
   */
  private record Placement(CustomerOrder order, Sale stockToTake) {}

  /** The SKUs by code; unknown codes are a 422, SKUs no longer sold a 422 too. */
  private Map<String, SkuInfo> lookUp(Collection<String> codes) {
    Set<String> wanted = new LinkedHashSet<>(codes);
    Map<String, SkuInfo> found = skuCatalog.findByCodes(wanted);
    List<String> unknown =
        wanted.stream().filter(code -> !found.containsKey(code)).sorted().toList();
    if (!unknown.isEmpty()) {
      throw new UnknownSkuException(unknown);
    }
    return found;
  }

  /**
   * Deleted or inactive products are refused before any lock; the catalog checks again under its
   * locks, so one deleted meanwhile is a short line.
   */
  private static void requireSellable(Collection<SkuInfo> skus) {
    List<String> gone = skus.stream().filter(sku -> !sku.sellable()).map(SkuInfo::sku).toList();
    if (!gone.isEmpty()) {
      throw notForSale(gone);
    }
  }

  static ProblemException notForSale(Collection<String> skus) {
    return OrderProblems.aboutSkus(
        OrderProblems.NOT_FOR_SALE,
        "No longer for sale: " + String.join(", ", new TreeSet<>(skus)) + ".",
        new TreeSet<>(skus));
  }

  private static String currency(Collection<SkuInfo> skus) {
    Set<String> currencies = new TreeSet<>();
    skus.forEach(sku -> currencies.add(sku.price().currency()));
    if (currencies.size() > 1) {
      throw new ProblemException(
          OrderProblems.MIXED_CURRENCIES,
          "One order is paid in one currency; these lines are priced in "
              + String.join(" and ", currencies)
              + ". Order them separately.");
    }
    return currencies.iterator().next();
  }

  private static Map<String, SoldLine> bySku(List<SoldLine> sold) {
    Map<String, SoldLine> bySku = new HashMap<>();
    sold.forEach(line -> bySku.put(line.sku(), line));
    return bySku;
  }

  private CustomerOrder lockVisible(Caller caller, long orderId) {
    return orders
        .lock(orderId, settings.lockTimeout())
        .filter(order -> caller.isManager() || order.customerId() == caller.userId())
        .orElseThrow(() -> ProblemException.notFound("Order " + orderId));
  }

  private static void requireAllowed(CustomerOrder order, OrderStatus to, Actor actor) {
    if (!OrderWorkflow.isAllowed(order.status(), to, actor)) {
      throw OrderProblems.transitionNotAllowed(
          order.status(), to, OrderWorkflow.allowed(order.status(), actor));
    }
  }

  private static void requireVersion(CustomerOrder order, Long expected) {
    if (expected != null && expected != order.version()) {
      throw new ProblemException(
          ProblemType.PRECONDITION_FAILED,
          "The order changed since you read it (it is at version "
              + order.version()
              + "); reload it and decide again.");
    }
  }

  private static Actor actor(Caller caller) {
    return caller.isManager() ? Actor.STAFF : Actor.CUSTOMER;
  }

  private static String reference(CustomerOrder order) {
    return "order:" + order.id();
  }

  private static List<StockLine> stockLines(List<RequestedLine> lines) {
    return lines.stream().map(l -> new StockLine(l.sku(), l.quantity())).toList();
  }

  private static String email(Caller caller) {
    return caller.email() == null ? "" : caller.email();
  }

  /** The caller and the order's customer read their next pages where this change is visible. */
  private void remember(Caller caller, CustomerOrder order) {
    writes.rememberCommitOf(Long.toString(caller.userId()));
    writes.rememberCommitOf(Long.toString(order.customerId()));
  }
}

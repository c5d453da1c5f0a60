package com.stockroom.catalog.application;

import com.stockroom.catalog.api.HoldInfo;
import com.stockroom.catalog.api.HoldRequest;
import com.stockroom.catalog.api.HoldState;
import com.stockroom.catalog.api.InsufficientStockException;
import com.stockroom.catalog.api.Inventory;
import com.stockroom.catalog.api.Restock;
import com.stockroom.catalog.api.Sale;
import com.stockroom.catalog.api.ShortLine;
import com.stockroom.catalog.api.SoldLine;
import com.stockroom.catalog.api.StockLine;
import com.stockroom.catalog.api.UnknownSkuException;
import com.stockroom.catalog.domain.HoldStatus;
import com.stockroom.catalog.domain.MovementReason;
import com.stockroom.catalog.domain.Times;
import com.stockroom.catalog.persistence.LockedSku;
import com.stockroom.catalog.persistence.StockHold;
import com.stockroom.catalog.persistence.StockRepository;
import com.stockroom.common.money.Money;
import com.stockroom.common.persistence.LockTimeouts;
import com.stockroom.common.problem.ProblemException;
import com.stockroom.common.problem.ProblemType;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@link Inventory} for other modules, inside their transaction. Lock order, everywhere: holds
 * (ascending id), then SKUs (ascending id); nothing waits for a hold while holding a SKU, so sales,
 * releases and the expiry scheduler never deadlock each other.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class InventoryService implements Inventory {

  public static final ProblemType HOLD_CLOSED =
      new ProblemType("/problems/hold-closed", "Hold no longer active", 409);

  static final int MAX_LINES = 200;
  static final int MAX_QUANTITY = StockService.MAX_DELTA;

  @PersistenceContext(unitName = "catalog")
  EntityManager em;

  @Inject StockRepository stock;

  @Inject StockLedger ledger;

  @Inject
  @ConfigProperty(name = "stockroom.catalog.lock-timeout-millis", defaultValue = "2000")
  long lockTimeoutMillis;

  @Override
  public List<SoldLine> sell(Sale sale) {
    Map<String, Integer> unheld = merge(sale.lines(), "lines");
    List<StockHold> holds = lockHolds(sale.holdIds(), sale.holdOwner());
    for (StockHold hold : holds) {
      if (hold.status() == HoldStatus.SOLD || hold.status() == HoldStatus.RELEASED) {
        throw new ProblemException(
            HOLD_CLOSED,
            "Hold "
                + hold.id()
                + " was already "
                + hold.status().name().toLowerCase(Locale.ROOT)
                + ".");
      }
    }
    Instant now = Times.now();

    Map<String, Long> ids = resolve(unheld.keySet());
    List<Long> skuIds = new ArrayList<>(ids.values());
    holds.forEach(hold -> skuIds.add(hold.skuId()));
    Map<Long, LockedSku> locked = ledger.lock(skuIds);

    // Per SKU: units already set aside by active holds, and units that must come from what is
    // available (unheld lines, and holds that expired and were given back).
    Map<Long, Integer> fromHolds = new TreeMap<>();
    Map<Long, Integer> fromAvailable = new TreeMap<>();
    unheld.forEach((code, quantity) -> fromAvailable.merge(ids.get(code), quantity, Integer::sum));
    for (StockHold hold : holds) {
      (hold.isActive() ? fromHolds : fromAvailable)
          .merge(hold.skuId(), hold.quantity(), Integer::sum);
    }

    List<ShortLine> shortLines = new ArrayList<>();
    for (LockedSku sku : locked.values()) {
      int held = fromHolds.getOrDefault(sku.id(), 0);
      int extra = fromAvailable.getOrDefault(sku.id(), 0);
      int available = sku.sellable() ? sku.level().available() : 0;
      if (!sku.sellable() || extra > available) {
        shortLines.add(
            new ShortLine(sku.code(), held + extra, available + (sku.sellable() ? held : 0)));
      }
    }
    if (!shortLines.isEmpty()) {
      throw new InsufficientStockException(shortLines);
    }

    holds.forEach(hold -> hold.sell(sale.reference(), now));
    List<SoldLine> sold = new ArrayList<>();
    for (LockedSku sku : locked.values()) {
      int held = fromHolds.getOrDefault(sku.id(), 0);
      int quantity = held + fromAvailable.getOrDefault(sku.id(), 0);
      ledger.move(sku, -quantity, -held, MovementReason.SALE, sale.reference(), null, sale.actor());
      sold.add(
          new SoldLine(
              sku.code(),
              sku.productId(),
              sku.productName(),
              quantity,
              new Money(sku.priceAmount(), sku.currency())));
    }
    return sold;
  }

  @Override
  public HoldInfo placeHold(HoldRequest request) {
    requireQuantity("quantity", request.quantity());
    requireOwner(request.owner());
    if (!request.expiresAt().isAfter(Times.now())) {
      throw ProblemException.invalid("expiresAt", "must be in the future");
    }
    long skuId = resolve(List.of(request.sku())).get(request.sku());
    LockedSku sku = ledger.lock(List.of(skuId)).get(skuId);
    int available = sku.sellable() ? sku.level().available() : 0;
    if (request.quantity() > available) {
      throw new InsufficientStockException(
          List.of(new ShortLine(sku.code(), request.quantity(), available)));
    }
    StockHold hold =
        new StockHold(skuId, request.quantity(), request.owner(), request.expiresAt(), Times.now());
    em.persist(hold);
    ledger.move(
        sku,
        0,
        request.quantity(),
        MovementReason.HOLD,
        request.owner(),
        "hold " + hold.id(),
        request.actor());
    return info(hold, sku.code());
  }

  @Override
  public HoldInfo releaseHold(long holdId, String owner, String actor) {
    StockHold hold = lockHolds(List.of(holdId), owner).get(0);
    LockedSku sku = ledger.lock(List.of(hold.skuId())).get(hold.skuId());
    if (hold.isActive()) {
      hold.close(HoldStatus.RELEASED, Times.now());
      ledger.move(
          sku,
          0,
          -hold.quantity(),
          MovementReason.RELEASE,
          owner,
          "hold " + hold.id() + " released",
          actor);
    }
    return info(hold, sku.code());
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<HoldInfo> findHold(long holdId, String owner) {
    StockHold hold = em.find(StockHold.class, holdId);
    if (hold == null || !hold.owner().equals(owner)) {
      return Optional.empty();
    }
    String code = stock.stockOf(em, hold.skuId()).orElseThrow().sku();
    return Optional.of(info(hold, code));
  }

  @Override
  public void putBack(List<StockLine> lines, Restock reason, String reference, String actor) {
    Map<String, Integer> quantities = merge(lines, "lines");
    Map<String, Long> ids = resolve(quantities.keySet());
    Map<Long, LockedSku> locked = ledger.lock(ids.values());
    MovementReason movement =
        reason == Restock.CANCELLATION ? MovementReason.CANCELLATION : MovementReason.RETURN;
    quantities.forEach(
        (code, quantity) ->
            ledger.move(locked.get(ids.get(code)), quantity, 0, movement, reference, null, actor));
  }

  /** Locks the owner's holds in ascending id order; another owner's hold is a 404. */
  private List<StockHold> lockHolds(List<Long> holdIds, String owner) {
    if (holdIds.isEmpty()) {
      return List.of();
    }
    TreeSet<Long> ascending = new TreeSet<>(holdIds);
    List<StockHold> holds =
        LockTimeouts.within(
            em,
            Duration.ofMillis(lockTimeoutMillis),
            StockRepository.BUSY,
            () ->
                em.createQuery(
                        "select h from StockHold h where h.id in :ids order by h.id",
                        StockHold.class)
                    .setParameter("ids", ascending)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList());
    List<Long> missing = new ArrayList<>(ascending);
    for (StockHold hold : holds) {
      if (hold.owner().equals(owner)) {
        missing.remove(hold.id());
      }
    }
    if (!missing.isEmpty()) {
      throw ProblemException.notFound("Hold " + missing.get(0));
    }
    return holds;
  }

  /** Ids of the codes; any unknown code is a 422 naming every unknown one. */
  private Map<String, Long> resolve(Collection<String> codes) {
    Map<String, Long> ids = stock.idsByCode(codes);
    List<String> unknown = codes.stream().filter(code -> !ids.containsKey(code)).sorted().toList();
    if (!unknown.isEmpty()) {
      throw new UnknownSkuException(unknown);
    }
    return ids;
  }

  private static Map<String, Integer> merge(List<StockLine> lines, String field) {
    if (lines.size() > MAX_LINES) {
      throw ProblemException.invalid(field, "at most " + MAX_LINES + " lines");
    }
    Map<String, Integer> merged = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      StockLine line = lines.get(i);
      requireQuantity(field + "[" + i + "].quantity", line.quantity());
      merged.merge(line.sku(), line.quantity(), Math::addExact);
    }
    return merged;
  }

  private static void requireQuantity(String field, int quantity) {
    if (quantity < 1 || quantity > MAX_QUANTITY) {
      throw ProblemException.invalid(field, "must be between 1 and " + MAX_QUANTITY);
    }
  }

  private static void requireOwner(String owner) {
    if (owner.isBlank() || owner.length() > 100) {
      throw ProblemException.invalid("owner", "must be 1 to 100 characters");
    }
  }

  private static HoldInfo info(StockHold hold, String code) {
    return new HoldInfo(
        hold.id(),
        code,
        hold.quantity(),
        hold.owner(),
        hold.expiresAt(),
        HoldState.valueOf(hold.status().name()));
  }
}

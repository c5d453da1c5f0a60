package com.stockroom.catalog.application;

import com.stockroom.catalog.api.InsufficientStockException;
import com.stockroom.catalog.api.ShortLine;
import com.stockroom.catalog.domain.AlertLevel;
import com.stockroom.catalog.domain.MovementReason;
import com.stockroom.catalog.persistence.ConsistencyRows;
import com.stockroom.catalog.persistence.LockedSku;
import com.stockroom.catalog.persistence.StockMovement;
import com.stockroom.catalog.persistence.StockRepository;
import com.stockroom.catalog.persistence.StockRow;
import com.stockroom.common.json.Jsonp;
import com.stockroom.common.paging.KeysetCursor;
import com.stockroom.common.paging.Page;
import com.stockroom.common.paging.PageRequest;
import com.stockroom.common.persistence.ReadRouter;
import com.stockroom.common.problem.FieldError;
import com.stockroom.common.problem.ProblemException;
import com.stockroom.common.problem.ValidationProblem;
import com.stockroom.common.security.Caller;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Stock as staff and brands see and move it: live levels, movements, the ledger, alerts, snapshots
 * and the consistency check. Reads outside transactions go to the replica when it shows the
 * reader's own last change; movements lock the SKU row.
 */
@Stateless
public class StockService {

  static final int MAX_DELTA = 1_000_000;
  private static final int MAX_MISMATCHES = 100;
  private static final Jsonb JSON = JsonbBuilder.create();

  @PersistenceContext(unitName = "catalog")
  EntityManager primary;

  @PersistenceContext(unitName = "catalog-replica")
  EntityManager replica;

  @Inject ReadRouter router;

  @Inject StockRepository stock;

  @Inject StockLedger ledger;

  @Inject CatalogChanges changes;

  @Inject StockMaintenance maintenance;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public StockView stock(String sku, Caller caller) {
    Access.requireStockReader(caller);
    StockRow row = readable(sku, caller);
    return StockView.of(row);
  }

  /** Live SKUs' stock by code: a brand user's own brand's, or for staff all or one brand's. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Page<StockView> list(Long brandId, PageRequest page, Caller caller) {
    Access.requireStockReader(caller);
    Long brand = brandId;
    if (!caller.isManager()) {
      if (brandId != null && !brandId.equals(caller.brandId())) {
        throw ProblemException.forbidden("A brand sees only its own stock.");
      }
      brand = caller.brandId();
    }
    Long filter = brand;
    return router.read(
        primary,
        replica,
        user(caller),
        0,
        em ->
            Page.of(
                stock.stockList(em, filter, page.offset(), page.size()).stream()
                    .map(StockView::of)
                    .toList(),
                page,
                stock.stockCount(em, filter)));
  }

  /**
   * Posts a movement. Staff may use any reason but holds; a brand user may only restock its own
   * brand's SKUs.
   *
   * @throws InsufficientStockException when it would take more than is available to sell
   */
  public MovementView post(PostMovementRequest request, Caller caller) {
    Access.requireStockReader(caller);
    MovementReason reason = parseReason(request);
    String code = request.sku();
    Long skuId = stock.idsByCode(List.of(code)).get(code);
    if (skuId == null) {
      throw ProblemException.notFound("SKU " + code);
    }
    LockedSku sku = ledger.lock(List.of(skuId)).get(skuId);
    Access.requireStockOf(caller, code, sku.brandId(), sku.deleted());
    if (!caller.isManager() && reason != MovementReason.RESTOCK) {
      throw ProblemException.forbidden("A brand may only post restock movements.");
    }
    int delta = request.deltaQuantity();
    if (!sku.level().allows(delta, 0)) {
      throw new InsufficientStockException(
          List.of(new ShortLine(code, -delta, sku.level().available())));
    }
    StockMovement movement =
        ledger.move(sku, delta, 0, reason, request.reference(), request.note(), caller.actor());
    changes.by(caller);
    return MovementView.of(movement, code);
  }

  /**
   * A SKU's ledger, newest first: by page, or after a cursor from a previous page's {@code next}.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Page<MovementView> ledger(String sku, PageRequest page, String after, Caller caller) {
    Access.requireStockReader(caller);
    Long beforeId = after == null ? null : KeysetCursor.decode(after, 1).longValue(0);
    return router.read(
        primary,
        replica,
        user(caller),
        0,
        em -> {
          StockRow row = readable(em, sku, caller);
          List<MovementView> items =
              stock
                  .ledger(
                      em, row.skuId(), beforeId, beforeId == null ? page.offset() : 0, page.size())
                  .stream()
                  .map(movement -> MovementView.of(movement, sku))
                  .toList();
          Page<MovementView> result = Page.of(items, page, stock.ledgerCount(em, row.skuId()));
          if (items.size() == page.size()) {
            String cursor = KeysetCursor.of(items.get(items.size() - 1).id()).encode();
            result =
                result.withNext(
                    "/api/catalog/stock/"
                        + sku
                        + "/ledger?size="
                        + page.size()
                        + "&after="
                        + cursor);
          }
          return result;
        });
  }

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public MovementView movement(long id, Caller caller) {
    Access.requireStockReader(caller);
    return router.read(
        primary,
        replica,
        user(caller),
        0,
        em -> {
          StockMovement movement =
              stock.movement(em, id).orElseThrow(() -> ProblemException.notFound("Movement " + id));
          StockRow row = stock.stockOf(em, movement.skuId()).orElseThrow();
          if (!caller.isManager() && !Long.valueOf(row.brandId()).equals(caller.brandId())) {
            // Movement ids are not public: another brand's must not confirm they exist.
            throw ProblemException.notFound("Movement " + id);
          }
          return MovementView.of(movement, row.sku());
        });
  }

  /** Tripped alerts, worst first: all for staff, its own for a brand user. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public JsonObject alerts(PageRequest page, Caller caller) {
    Access.requireStockReader(caller);
    Long brand = caller.isManager() ? null : caller.brandId();
    return router.read(
        primary,
        replica,
        user(caller),
        0,
        em -> {
          JsonArrayBuilder items = Jsonp.createArrayBuilder();
          stock
              .tripped(em, brand, null, page.offset(), page.size())
              .forEach(
                  item ->
                      items.add(
                          Jsonp.createObjectBuilder(AlertPublisher.item(item))
                              .add("level", AlertLevel.ofCode(item.level()).name())));
          long total = stock.trippedCount(em, brand);
          return Jsonp.createObjectBuilder()
              .add("items", items)
              .add("page", page.page())
              .add("size", page.size())
              .add("totalItems", total)
              .add("totalPages", (total + page.size() - 1) / page.size())
              .build();
        });
  }

  /** Snapshots every SKU that moved since its last snapshot, now. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public SnapshotRun snapshot(Caller caller) {
    Access.requireManager(caller);
    return maintenance.snapshotAll(caller.actor(), null).orElseThrow();
  }

  /** Proves the ledger explains every SKU's stock (on the primary, in one statement). */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ConsistencyReport check(Caller caller) {
    Access.requireManager(caller);
    Instant checkedAt = Instant.now();
    ConsistencyRows rows = stock.check();
    List<ConsistencyReport.Mismatch> mismatches =
        JSON.fromJson(
            rows.brokenJson(),
            new ArrayList<ConsistencyReport.Mismatch>() {
              private static final long serialVersionUID = 1L;
            }.getClass().getGenericSuperclass());
    return new ConsistencyReport(
        checkedAt,
        rows.brokenCount() == 0,
        rows.skus(),
        rows.movementsSinceSnapshots(),
        rows.brokenCount(),
        mismatches.subList(0, Math.min(MAX_MISMATCHES, mismatches.size())));
  }

  private StockRow readable(String sku, Caller caller) {
    return router.read(primary, replica, user(caller), 0, em -> readable(em, sku, caller));
  }

  private StockRow readable(EntityManager em, String sku, Caller caller) {
    StockRow row =
        stock.stockOf(em, sku).orElseThrow(() -> ProblemException.notFound("SKU " + sku));
    Access.requireStockOf(caller, sku, row.brandId(), row.deletedAt() != null);
    return row;
  }

  private static MovementReason parseReason(PostMovementRequest request) {
    List<FieldError> errors = new ArrayList<>();
    MovementReason reason = null;
    try {
      reason = MovementReason.valueOf(request.reason().trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      // handled below
    }
    if (reason == null || !reason.postable()) {
      errors.add(
          new FieldError(
              "reason", "must be one of restock, adjustment, sale, cancellation, return"));
    }
    int delta = request.deltaQuantity();
    if (Math.abs((long) delta) > MAX_DELTA) {
      errors.add(
          new FieldError("deltaQuantity", "must be between -" + MAX_DELTA + " and " + MAX_DELTA));
    } else if (reason != null && reason.postable() && reason.deltaProblem(delta) != null) {
      errors.add(new FieldError("deltaQuantity", reason.deltaProblem(delta)));
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    return reason;
  }

  private static String user(Caller caller) {
    return Long.toString(caller.userId());
  }
}

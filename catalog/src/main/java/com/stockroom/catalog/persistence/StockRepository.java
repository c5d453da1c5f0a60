package com.stockroom.catalog.persistence;

import com.stockroom.catalog.domain.AlertLevel;
import com.stockroom.catalog.domain.AlertState;
import com.stockroom.catalog.domain.AlertThresholds;
import com.stockroom.catalog.domain.ProductStatus;
import com.stockroom.catalog.domain.StockLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stock columns of SKUs and the ledger. Stock changes are single SQL statements on rows this
 * transaction has locked; reads that take an {@link EntityManager} run on whichever unit the caller
 * routed them to.
 */
@ApplicationScoped
public class StockRepository {

  /** The problem's detail when stock rows stay locked longer than a caller waits. */
  public static final String BUSY =
      "The stock rows are busy right now; nothing was changed. Retry shortly.";

  private static final String LOCKED_COLUMNS =
      "SELECT s.id, s.code, s.product_id, p.name, p.status, p.deleted_at, s.deleted_at,"
          + " s.price_amount, p.currency, b.id, b.name, b.contact_email, s.alert_threshold,"
          + " s.critical_threshold, s.on_hand, s.reserved, s.alert_level, s.alert_since"
          + " FROM catalog.sku s JOIN catalog.product p ON p.id = s.product_id"
          + " JOIN catalog.brand b ON b.id = p.brand_id";

  private static final String STOCK_COLUMNS =
      "SELECT s.id, s.code, s.product_id, p.name, p.brand_id, s.on_hand, s.reserved,"
          + " s.alert_threshold, s.critical_threshold, s.alert_level, s.alert_since,"
          + " s.deleted_at FROM catalog.sku s JOIN catalog.product p ON p.id = s.product_id";

  @PersistenceContext(unitName = "catalog")
  EntityManager em;

  /** Ids of the SKUs with these codes (deleted ones included); unknown codes are absent. */
  public Map<String, Long> idsByCode(Collection<String> codes) {
    Map<String, Long> ids = new HashMap<>();
    if (codes.isEmpty()) {
      return ids;
    }
    List<?> rows =
        em.createNativeQuery("SELECT code, id FROM catalog.sku WHERE code IN (:codes)")
            .setParameter("codes", codes)
            .getResultList();
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      ids.put((String) columns[0], Rows.longValue(columns[1]));
    }
    return ids;
  }

  /** SKUs by code as sellers see them (deleted ones included, flagged not sellable). */
  public List<SellableRow> sellables(Collection<String> codes) {
    if (codes.isEmpty()) {
      return List.of();
    }
    List<?> rows =
        em.createNativeQuery(
                "SELECT s.code, s.product_id, p.name, s.attributes, s.price_amount, p.currency,"
                    + " s.on_hand - s.reserved, (s.deleted_at IS NULL AND p.deleted_at IS NULL"
                    + " AND p.status = 'ACTIVE'), s.externally_fulfilled, p.brand_id"
                    + " FROM catalog.sku s JOIN catalog.product p ON p.id = s.product_id"
                    + " WHERE s.code IN (:codes)")
            .setParameter("codes", codes)
            .getResultList();
    return rows.stream()
        .map(
            row -> {
              Object[] c = (Object[]) row;
              return new SellableRow(
                  (String) c[0],
                  Rows.longValue(c[1]),
                  (String) c[2],
                  (String) c[3],
                  Rows.longValue(c[4]),
                  (String) c[5],
                  Rows.intValue(c[6]),
                  (Boolean) c[7],
                  (Boolean) c[8],
                  Rows.longValue(c[9]));
            })
        .toList();
  }

  /**
   * Locks the SKU rows in ascending id order ({@code FOR NO KEY UPDATE}: ledger and hold inserts,
   * which only need the key, are not blocked) and reads them as they are now. Call it inside {@link
   * LockTimeouts#within}.
   */
  public List<LockedSku> lock(Collection<Long> skuIds) {
    if (skuIds.isEmpty()) {
      return List.of();
    }
    List<?> rows =
        em.createNativeQuery(
                LOCKED_COLUMNS + " WHERE s.id IN (:ids) ORDER BY s.id FOR NO KEY UPDATE OF s")
            .setParameter("ids", skuIds)
            .getResultList();
    List<LockedSku> locked = new ArrayList<>(rows.size());
    for (Object row : rows) {
      Object[] c = (Object[]) row;
      locked.add(
          new LockedSku(
              Rows.longValue(c[0]),
              (String) c[1],
              Rows.longValue(c[2]),
              (String) c[3],
              ProductStatus.valueOf((String) c[4]),
              c[5] != null,
              c[6] != null,
              Rows.longValue(c[7]),
              (String) c[8],
              Rows.longValue(c[9]),
              (String) c[10],
              (String) c[11],
              new AlertThresholds(Rows.integerOrNull(c[12]), Rows.integerOrNull(c[13])),
              new StockLevel(Rows.intValue(c[14]), Rows.intValue(c[15])),
              new AlertState(AlertLevel.ofCode(Rows.intValue(c[16])), Rows.instant(c[17]))));
    }
    return locked;
  }

  /** Applies a movement to a locked SKU and appends its ledger row. */
  public StockMovement apply(LockedSku sku, StockMovement movement, AlertState alert) {
    StockLevel after = new StockLevel(movement.balanceAfter(), movement.reservedAfter());
    em.createNativeQuery(
            "UPDATE catalog.sku SET on_hand = on_hand + :delta,"
                + " reserved = reserved + :reservedDelta, alert_level = :level,"
                + " alert_since = :since WHERE id = :id")
        .setParameter("delta", movement.delta())
        .setParameter("reservedDelta", movement.reservedDelta())
        .setParameter("level", alert.level().code())
        .setParameter("since", alert.since())
        .setParameter("id", sku.id())
        .executeUpdate();
    em.persist(movement);
    sku.moved(after, alert);
    return movement;
  }

  /** Stores a locked SKU's alert after its thresholds changed (stock unchanged). */
  public void storeAlert(LockedSku sku, AlertState alert) {
    em.createNativeQuery(
            "UPDATE catalog.sku SET alert_level = :level, alert_since = :since WHERE id = :id")
        .setParameter("level", alert.level().code())
        .setParameter("since", alert.since())
        .setParameter("id", sku.id())
        .executeUpdate();
    sku.moved(sku.level(), alert);
  }

  public Optional<StockRow> stockOf(EntityManager reader, String code) {
    List<?> rows =
        reader
            .createNativeQuery(STOCK_COLUMNS + " WHERE s.code = :code")
            .setParameter("code", code)
            .getResultList();
    return rows.stream().map(row -> stockRow((Object[]) row)).findFirst();
  }

  public Optional<StockRow> stockOf(EntityManager reader, long skuId) {
    List<?> rows =
        reader
            .createNativeQuery(STOCK_COLUMNS + " WHERE s.id = :id")
            .setParameter("id", skuId)
            .getResultList();
    return rows.stream().map(row -> stockRow((Object[]) row)).findFirst();
  }

  /** Live SKUs' stock by code, of one brand or all. */
  public List<StockRow> stockList(EntityManager reader, Long brandId, int offset, int limit) {
    var query =
        reader
            .createNativeQuery(
                STOCK_COLUMNS
                    + " WHERE s.deleted_at IS NULL"
                    + (brandId == null ? "" : " AND p.brand_id = :brand")
                    + " ORDER BY s.code LIMIT :limit OFFSET :offset")
            .setParameter("limit", limit)
            .setParameter("offset", offset);
    if (brandId != null) {
      query.setParameter("brand", brandId);
    }
    List<?> rows = query.getResultList();
    return rows.stream().map(row -> stockRow((Object[]) row)).toList();
  }

  public long stockCount(EntityManager reader, Long brandId) {
    var query =
        reader.createNativeQuery(
            "SELECT count(*) FROM catalog.sku s JOIN catalog.product p ON p.id = s.product_id"
                + " WHERE s.deleted_at IS NULL"
                + (brandId == null ? "" : " AND p.brand_id = :brand"));
    if (brandId != null) {
      query.setParameter("brand", brandId);
    }
    return Rows.longValue(query.getSingleResult());
  }

  /** A SKU's ledger, newest first, optionally only rows older than {@code beforeId}. */
  public List<StockMovement> ledger(
      EntityManager reader, long skuId, Long beforeId, int offset, int limit) {
    var query =
        reader
            .createQuery(
                "select m from StockMovement m where m.skuId = :sku"
                    + (beforeId == null ? "" : " and m.id < :before")
                    + " order by m.id desc",
                StockMovement.class)
            .setParameter("sku", skuId)
            .setFirstResult(offset)
            .setMaxResults(limit);
    if (beforeId != null) {
      query.setParameter("before", beforeId);
    }
    return query.getResultList();
  }

  public long ledgerCount(EntityManager reader, long skuId) {
    return reader
        .createQuery("select count(m) from StockMovement m where m.skuId = :sku", Long.class)
        .setParameter("sku", skuId)
        .getSingleResult();
  }

  public Optional<StockMovement> movement(EntityManager reader, long id) {
    return Optional.ofNullable(reader.find(StockMovement.class, id));
  }

  /**
   * Tripped alerts of live SKUs of products not deleted, worst first and then most recent first; of
   * one brand or all, optionally leaving one SKU out.
   */
  public List<AlertItem> tripped(
      EntityManager reader, Long brandId, Long excludedSkuId, int offset, int limit) {
    var query =
        reader
            .createNativeQuery(
                "SELECT s.id, s.code, p.name, b.id, b.name, s.price_amount, p.currency,"
                    + " s.on_hand - s.reserved, s.alert_threshold, s.critical_threshold,"
                    + " s.alert_level, s.alert_since"
                    + trippedFrom(brandId, excludedSkuId)
                    + " ORDER BY s.alert_level DESC, s.alert_since DESC, s.id DESC"
                    + " LIMIT :limit OFFSET :offset")
            .setParameter("limit", limit)
            .setParameter("offset", offset);
    bindTripped(query, brandId, excludedSkuId);
    List<AlertItem> items = new ArrayList<>();
    List<?> rows = query.getResultList();
    for (Object row : rows) {
      Object[] c = (Object[]) row;
      items.add(
          new AlertItem(
              Rows.longValue(c[0]),
              (String) c[1],
              (String) c[2],
              Rows.longValue(c[3]),
              (String) c[4],
              Rows.longValue(c[5]),
              (String) c[6],
              Rows.intValue(c[7]),
              Rows.integerOrNull(c[8]),
              Rows.integerOrNull(c[9]),
              Rows.intValue(c[10]),
              Rows.instant(c[11])));
    }
    return items;
  }

  public long trippedCount(EntityManager reader, Long brandId) {
    var query = reader.createNativeQuery("SELECT count(*)" + trippedFrom(brandId, null));
    bindTripped(query, brandId, null);
    return Rows.longValue(query.getSingleResult());
  }

  private static String trippedFrom(Long brandId, Long excludedSkuId) {
    return " FROM catalog.sku s JOIN catalog.product p ON p.id = s.product_id"
        + " JOIN catalog.brand b ON b.id = p.brand_id"
        + " WHERE s.alert_level > 0 AND s.deleted_at IS NULL AND p.deleted_at IS NULL"
        + (brandId == null ? "" : " AND p.brand_id = :brand")
        + (excludedSkuId == null ? "" : " AND s.id <> :excluded");
  }

  private static void bindTripped(jakarta.persistence.Query query, Long brandId, Long excluded) {
    if (brandId != null) {
      query.setParameter("brand", brandId);
    }
    if (excluded != null) {
      query.setParameter("excluded", excluded);
    }
  }

  /**
   * Locks the next SKUs after {@code afterId} against stock changes ({@code FOR SHARE}, ascending
   * ids) for a snapshot. Call it inside {@link LockTimeouts#within}.
   */
  public List<Long> lockForSnapshot(long afterId, int limit) {
    List<?> ids =
        em.createNativeQuery(
                "SELECT id FROM catalog.sku WHERE id > :after ORDER BY id LIMIT :limit FOR SHARE")
            .setParameter("after", afterId)
            .setParameter("limit", limit)
            .getResultList();
    return ids.stream().map(Rows::longValue).toList();
  }

  /**
   * Snapshots the locked SKUs that moved since their last snapshot. Runs as a statement after the
   * locks were granted, so it sees every movement those SKUs have, and none is in flight.
   *
   * @return how many snapshots were written
   */
  public int snapshot(List<Long> lockedSkuIds, Instant now) {
    if (lockedSkuIds.isEmpty()) {
      return 0;
    }
    return em.createNativeQuery(
            "INSERT INTO catalog.stock_snapshot (sku_id, on_hand, reserved, last_movement_id,"
                + " taken_at)"
                + " SELECT s.id, s.on_hand, s.reserved, m.last_id, :now FROM catalog.sku s"
                + " CROSS JOIN LATERAL (SELECT max(id) AS last_id FROM catalog.stock_movement"
                + " WHERE sku_id = s.id) m"
                + " WHERE s.id IN (:ids) AND m.last_id > coalesce((SELECT max(last_movement_id)"
                + " FROM catalog.stock_snapshot ss WHERE ss.sku_id = s.id), 0)")
        .setParameter("now", now)
        .setParameter("ids", lockedSkuIds)
        .executeUpdate();
  }

  /**
   * Checks every SKU in one statement: on hand and reserved equal the latest snapshot plus the
   * movements after it, equal the last ledger row's balances, reserved equals the active holds, and
   * nothing is negative or held beyond what is on hand.
   */
  public ConsistencyRows check() {
    Object[] c =
        (Object[])
            em.createNativeQuery(
                    "WITH latest AS ("
                        + " SELECT DISTINCT ON (sku_id) sku_id, on_hand, reserved, last_movement_id"
                        + " FROM catalog.stock_snapshot"
                        + " ORDER BY sku_id, last_movement_id DESC, id DESC),"
                        + " since AS ("
                        + " SELECT m.sku_id, sum(m.delta) AS delta,"
                        + " sum(m.reserved_delta) AS reserved_delta, count(*) AS movements"
                        + " FROM catalog.stock_movement m LEFT JOIN latest l ON l.sku_id = m.sku_id"
                        + " WHERE m.id > coalesce(l.last_movement_id, 0) GROUP BY m.sku_id),"
                        + " last_row AS ("
                        + " SELECT DISTINCT ON (sku_id) sku_id, balance_after, reserved_after"
                        + " FROM catalog.stock_movement ORDER BY sku_id, id DESC),"
                        + " held AS ("
                        + " SELECT sku_id, sum(quantity) AS quantity FROM catalog.stock_hold"
                        + " WHERE status = 'ACTIVE' GROUP BY sku_id),"
                        + " checked AS ("
                        + " SELECT s.id, s.code, s.on_hand, s.reserved,"
                        + " coalesce(l.on_hand, 0) + coalesce(x.delta, 0) AS expected_on_hand,"
                        + " coalesce(l.reserved, 0) + coalesce(x.reserved_delta, 0)"
                        + " AS expected_reserved,"
                        + " coalesce(r.balance_after, 0) AS last_balance,"
                        + " coalesce(r.reserved_after, 0) AS last_reserved,"
                        + " coalesce(h.quantity, 0) AS held,"
                        + " coalesce(x.movements, 0) AS movements,"
                        + " coalesce(l.last_movement_id, 0) AS snapshot_movement"
                        + " FROM catalog.sku s LEFT JOIN latest l ON l.sku_id = s.id"
                        + " LEFT JOIN since x ON x.sku_id = s.id"
                        + " LEFT JOIN last_row r ON r.sku_id = s.id"
                        + " LEFT JOIN held h ON h.sku_id = s.id),"
                        + " judged AS ("
                        + " SELECT *, (on_hand <> expected_on_hand OR reserved <> expected_reserved"
                        + " OR on_hand <> last_balance OR reserved <> last_reserved"
                        + " OR reserved <> held OR on_hand < 0 OR reserved < 0"
                        + " OR reserved > on_hand) AS broken FROM checked)"
                        + " SELECT count(*), coalesce(sum(movements), 0),"
                        + " count(*) FILTER (WHERE broken),"
                        + " coalesce(jsonb_agg(jsonb_build_object('sku', code, 'onHand', on_hand,"
                        + " 'reserved', reserved, 'expectedOnHand', expected_on_hand,"
                        + " 'expectedReserved', expected_reserved, 'lastBalance', last_balance,"
                        + " 'held', held, 'snapshotMovementId', snapshot_movement::text)"
                        + " ORDER BY id) FILTER (WHERE broken), '[]'::jsonb)::text"
                        + " FROM judged")
                .getSingleResult();
    return new ConsistencyRows(
        Rows.longValue(c[0]), Rows.longValue(c[1]), Rows.longValue(c[2]), (String) c[3]);
  }

  /** Active holds due by {@code now}, locked, skipping any another node is handling. */
  public List<Long> lockDueHolds(Instant now, int limit) {
    List<?> ids =
        em.createNativeQuery(
                "SELECT id FROM catalog.stock_hold WHERE status = 'ACTIVE' AND expires_at <= :now"
                    + " ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED")
            .setParameter("now", now)
            .setParameter("limit", limit)
            .getResultList();
    return ids.stream().map(Rows::longValue).toList();
  }

  private static StockRow stockRow(Object[] c) {
    return new StockRow(
        Rows.longValue(c[0]),
        (String) c[1],
        Rows.longValue(c[2]),
        (String) c[3],
        Rows.longValue(c[4]),
        Rows.intValue(c[5]),
        Rows.intValue(c[6]),
        Rows.integerOrNull(c[7]),
        Rows.integerOrNull(c[8]),
        Rows.intValue(c[9]),
        Rows.instant(c[10]),
        Rows.instant(c[11]));
  }
}

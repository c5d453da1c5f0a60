package com.stockroom.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * What must still hold after the order and cart scenarios, read from the primary: no SKU sold more
 * than it had, every SKU's stock equal to its ledger, and every order line backed by a sale in the
 * ledger.
 */
final class Checks {

  private Checks() {}

  static List<Check> run(Stack stack) throws SQLException {
    try (Connection db = stack.primary()) {
      // One snapshot for every figure: orders still committing must not fall between two counts.
      db.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      db.setAutoCommit(false);
      try (Statement sql = db.createStatement()) {
        return checks(sql);
      } finally {
        db.rollback();
      }
    }
  }

  private static List<Check> checks(Statement sql) throws SQLException {
    long oversold =
        count(
            sql,
            "SELECT count(*) FROM catalog.sku WHERE on_hand < 0 OR reserved < 0"
                + " OR reserved > on_hand");
    long soldUnits =
        count(
            sql,
            "SELECT coalesce(-sum(delta), 0) FROM catalog.stock_movement WHERE reason = 'SALE'");
    long skusOffLedger =
        count(
            sql,
            "SELECT count(*) FROM catalog.sku s"
                + " JOIN (SELECT sku_id, sum(delta) AS on_hand, sum(reserved_delta) AS reserved,"
                + "   max(id) AS last_id FROM catalog.stock_movement GROUP BY sku_id) l"
                + "   ON l.sku_id = s.id"
                + " JOIN catalog.stock_movement m ON m.id = l.last_id"
                + " WHERE s.on_hand <> l.on_hand OR s.reserved <> l.reserved"
                + "   OR m.balance_after <> s.on_hand OR m.reserved_after <> s.reserved");
    long skusWithoutLedger =
        count(
            sql,
            "SELECT count(*) FROM catalog.sku s WHERE NOT EXISTS"
                + " (SELECT 1 FROM catalog.stock_movement m WHERE m.sku_id = s.id)");
    long orderedUnits = count(sql, "SELECT coalesce(sum(quantity), 0) FROM orders.order_line");
    long orders = count(sql, "SELECT count(*) FROM orders.customer_order");
    long heldUnits =
        count(
            sql,
            "SELECT coalesce(sum(quantity), 0) FROM catalog.stock_hold WHERE status = 'ACTIVE'");
    long reservedUnits = count(sql, "SELECT coalesce(sum(reserved), 0) FROM catalog.sku");
    return List.of(
        new Check(
            "no SKU oversold",
            oversold == 0,
            oversold + " SKUs below zero or reserving more than they have"),
        new Check(
            "stock equals the ledger",
            skusOffLedger == 0 && skusWithoutLedger == 0,
            String.format(
                Locale.ROOT,
                "%d SKUs differ from the sum of their movements or their last balance,"
                    + " %d SKUs without movements",
                skusOffLedger,
                skusWithoutLedger)),
        new Check(
            "every ordered unit was sold from stock",
            orderedUnits == soldUnits,
            String.format(
                Locale.ROOT,
                "%d orders with %d units; %d units sold in the ledger",
                orders,
                orderedUnits,
                soldUnits)),
        new Check(
            "reserved stock equals the active holds",
            heldUnits == reservedUnits,
            String.format(
                Locale.ROOT,
                "%d units held by carts; %d units reserved on SKUs",
                heldUnits,
                reservedUnits)));
  }

  private static long count(Statement sql, String query) throws SQLException {
    try (ResultSet result = sql.executeQuery(query)) {
      result.next();
      return result.getLong(1);
    }
  }
}

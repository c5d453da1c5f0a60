package com.stockroom.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The benchmark's catalog, written in bulk SQL that yields the rows the manager API would: brands,
 * a two-level category tree, {@link #PRODUCTS} active products with two or three variants each
 * (SKUs priced per variant, the product's lowest price kept by the schema's trigger), and one
 * RESTOCK movement per SKU, so every SKU's stock equals its ledger from the start.
 *
 * <p>SKU ids are 1 to {@link #skuCount()} and each SKU's code is {@code SKU-<id>}, which lets the
 * load scripts and pgbench name any SKU from a random number. SKU 1 is the hot SKU.
 */
final class Products {

  static final int PRODUCTS = 10_000;

  /** Enough that no scenario runs out: stock is what is measured, not refusals. */
  static final int STOCK_PER_SKU = 1_000_000;

  static final int HOT_SKU = 1;

  /** Words product names and descriptions are made of; text search looks for one of them. */
  static final List<String> WORDS =
      List.of(
          "assam",
          "darjeeling",
          "sencha",
          "oolong",
          "rooibos",
          "chai",
          "matcha",
          "earl",
          "grey",
          "jasmine",
          "mint",
          "ginger",
          "lemon",
          "hibiscus",
          "chamomile",
          "pu-erh",
          "smoky",
          "malty",
          "floral",
          "citrus",
          "organic",
          "loose",
          "leaf",
          "breakfast",
          "evening",
          "spiced",
          "vanilla",
          "caramel",
          "berry",
          "peach",
          "mango",
          "coconut",
          "honey",
          "cinnamon",
          "cardamom",
          "clove",
          "roasted",
          "green",
          "black",
          "white",
          "yellow",
          "herbal",
          "fruit",
          "blend",
          "reserve",
          "estate",
          "highland",
          "mountain",
          "garden",
          "classic");

  private Products() {}

  static int skuCount() {
    return PRODUCTS / 2 * 2 + PRODUCTS / 2 * 3;
  }

  /** Seeds the catalog and returns the number of SKUs written. */
  static int seed(Stack stack) throws SQLException {
    try (Connection db = stack.primary();
        Statement sql = db.createStatement()) {
      db.setAutoCommit(false);
      sql.execute(
          "INSERT INTO catalog.brand (name, contact_email)"
              + " SELECT 'Bench Brand ' || n, format('brand-%s@bench.stockroom.test', n)"
              + " FROM generate_series(1, 20) AS n");
      sql.execute(
          "INSERT INTO catalog.category (name)"
              + " SELECT 'Bench Department ' || n FROM generate_series(1, 5) AS n");
      sql.execute(
          "INSERT INTO catalog.category (parent_id, name)"
              + " SELECT d.id, 'Shelf ' || n FROM catalog.category d, generate_series(1, 5) AS n"
              + " WHERE d.parent_id IS NULL AND d.name LIKE 'Bench Department %'");
      String words = "ARRAY['" + String.join("','", WORDS) + "']";
      // Names and descriptions draw words from the list by arithmetic on the product number, so
      // a run is repeatable and every word is in about the same number of products.
      sql.execute(
          "WITH shelves AS (SELECT array_agg(id ORDER BY id) AS ids FROM catalog.category"
              + "   WHERE name LIKE 'Shelf %'),"
              + " brands AS (SELECT array_agg(id ORDER BY id) AS ids FROM catalog.brand"
              + "   WHERE name LIKE 'Bench Brand %'),"
              + " words AS (SELECT "
              + words
              + " AS w)"
              + " INSERT INTO catalog.product (id, name, description, category_id, brand_id,"
              + " status, currency, min_price, created_at, updated_at)"
              + " SELECT n, initcap(w[1 + n % 50]) || ' ' || initcap(w[1 + (n / 50) % 50])"
              + "   || ' No. ' || n,"
              + " 'A ' || w[1 + (n * 7) % 50] || ' ' || w[1 + (n * 13) % 50] || ' tea with '"
              + "   || w[1 + (n * 17) % 50] || ' notes.',"
              + " shelves.ids[1 + n % array_length(shelves.ids, 1)],"
              + " brands.ids[1 + n % array_length(brands.ids, 1)],"
              + " 'ACTIVE', 'EUR', 0,"
              + " now() - make_interval(secs => "
              + PRODUCTS
              + " - n), now()"
              + " FROM generate_series(1, "
              + PRODUCTS
              + ") AS n, shelves, brands, words");
      // Odd products have two variants, even ones three: 25 000 SKUs for 10 000 products.
      sql.execute(
          "INSERT INTO catalog.sku (id, product_id, code, attributes, price_amount, on_hand)"
              + " SELECT id, p, 'SKU-' || id,"
              + " format('{\"size\":\"%s\"}', (ARRAY['100g','250g','500g'])[v]),"
              + " 200 + (p * 37) % 4800 + v * 150, "
              + STOCK_PER_SKU
              + " FROM (SELECT row_number() OVER (ORDER BY p, v) AS id, p, v"
              + "   FROM generate_series(1, "
              + PRODUCTS
              + ") AS p, generate_series(1, 3) AS v WHERE v <= 2 + (1 - p % 2)) variants"
              + " ORDER BY id");
      int skus;
      try (ResultSet count = sql.executeQuery("SELECT count(*) FROM catalog.sku")) {
        count.next();
        skus = count.getInt(1);
      }
      sql.execute(
          "INSERT INTO catalog.stock_movement (sku_id, delta, reserved_delta, reason, reference,"
              + " actor, balance_after, reserved_after, created_at)"
              + " SELECT id, on_hand, 0, 'RESTOCK', 'bench-seed', 'bench', on_hand, 0, now()"
              + " FROM catalog.sku ORDER BY id");
      for (String table : List.of("brand", "category", "product", "sku")) {
        sql.execute(
            "SELECT setval(pg_get_serial_sequence('catalog."
                + table
                + "', 'id'), (SELECT max(id) FROM catalog."
                + table
                + "))");
      }
      db.commit();
      db.setAutoCommit(true);
      sql.execute("VACUUM ANALYZE catalog.product");
      sql.execute("VACUUM ANALYZE catalog.sku");
      sql.execute("VACUUM ANALYZE catalog.stock_movement");
      return skus;
    }
  }
}

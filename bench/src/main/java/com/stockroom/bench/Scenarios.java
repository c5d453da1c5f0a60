package com.stockroom.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every scenario of a run, in the order they run: ceilings before what is compared with them. */
final class Scenarios {

  static final String STATIC_JSON = "static-json";
  static final String PASSWORD_CHECKS = "password-checks";
  static final String LIST_PAGE1_UNCACHED = "list-page1-uncached";
  static final String PGBENCH_HOT = "pgbench-order-hot";
  static final String PGBENCH_SPREAD = "pgbench-order-spread";

  private static final String PRODUCTS = "/api/catalog/products";

  /**
   * The uncached listings sort by price: their cache-defeating price bound is then a condition on
   * the sort's own index, so the query plan is the one a shopper's price-sorted listing gets.
   */
  static final String BY_PRICE = "sort=price_asc";

  /** Clients of the HTTP read scenarios and their ceiling. */
  private static final int READERS = 32;

  /** Clients of the order scenarios and of their pgbench ceilings, as issue 9 sets them. */
  private static final int BUYERS = 50;

  /** At most 1/1.3: a deep page may cost 1.3 times page 1. */
  private static final double DEEP_PAGE_MIN_RATIO = 1 / 1.3;

  private Scenarios() {}

  static List<Scenario> all(Fixture fixture) {
    String tokens = fixture.tokens().toString();
    List<Scenario> scenarios = new ArrayList<>();
    scenarios.add(
        new Scenario(
            STATIC_JSON,
            "static JSON (HTTP ceiling)",
            new Scenario.Wrk("get.lua", "/api/status", READERS, Map.of()),
            null));
    scenarios.add(
        new Scenario(
            PASSWORD_CHECKS,
            "password checks (login ceiling)",
            new Scenario.Hashing(Runtime.getRuntime().availableProcessors()),
            null));
    scenarios.add(
        new Scenario(
            "token-exchange",
            "token exchange",
            new Scenario.Wrk(
                "token.lua",
                "/api/identity/token",
                8,
                Map.of(
                    "BENCH_CUSTOMERS", Integer.toString(Customers.COUNT),
                    "BENCH_PASSWORD", fixture.customerPassword())),
            Scenario.Comparison.informative(PASSWORD_CHECKS)));
    scenarios.add(
        new Scenario(
            "list-page1-cached",
            "product list page 1, cached",
            new Scenario.Wrk("list.lua", PRODUCTS, READERS, Map.of()),
            Scenario.Comparison.atLeast(STATIC_JSON, 0.70, "≥ 70 % of static JSON")));
    scenarios.add(
        new Scenario(
            LIST_PAGE1_UNCACHED,
            "product list page 1, uncached",
            new Scenario.Wrk(
                "list.lua",
                PRODUCTS,
                READERS,
                Map.of("BENCH_UNCACHED", "1", "BENCH_QUERY", BY_PRICE)),
            Scenario.Comparison.informative(STATIC_JSON)));
    scenarios.add(
        new Scenario(
            "list-deep-offset",
            "deep page " + Fixture.DEEP_PAGE + " by offset, uncached",
            new Scenario.Wrk(
                "list.lua",
                PRODUCTS,
                READERS,
                Map.of(
                    "BENCH_UNCACHED", "1", "BENCH_QUERY", BY_PRICE + "&page=" + Fixture.DEEP_PAGE)),
            Scenario.Comparison.atLeast(
                LIST_PAGE1_UNCACHED, DEEP_PAGE_MIN_RATIO, "≤ 1.3× page 1 (≥ 0.77)")));
    scenarios.add(
        new Scenario(
            "list-deep-keyset",
            "deep page " + Fixture.DEEP_PAGE + " by cursor, uncached",
            new Scenario.Wrk(
                "list.lua",
                PRODUCTS,
                READERS,
                Map.of(
                    "BENCH_UNCACHED",
                    "1",
                    "BENCH_QUERY",
                    BY_PRICE + "&after=" + fixture.deepCursor())),
            Scenario.Comparison.atLeast(
                LIST_PAGE1_UNCACHED, DEEP_PAGE_MIN_RATIO, "≤ 1.3× page 1 (≥ 0.77)")));
    scenarios.add(
        new Scenario(
            "product-detail",
            "product detail (random of 10 000)",
            new Scenario.Wrk(
                "detail.lua",
                PRODUCTS,
                READERS,
                Map.of("BENCH_PRODUCTS", Integer.toString(Products.PRODUCTS))),
            Scenario.Comparison.informative(STATIC_JSON)));
    scenarios.add(
        new Scenario(
            "text-search",
            "text search (one word), uncached",
            new Scenario.Wrk(
                "list.lua",
                PRODUCTS,
                READERS,
                Map.of("BENCH_UNCACHED", "1", "BENCH_WORDS", String.join(",", Products.WORDS))),
            Scenario.Comparison.informative(LIST_PAGE1_UNCACHED)));
    scenarios.add(
        new Scenario(
            PGBENCH_HOT,
            "pgbench: order SQL, one row (ceiling)",
            new Scenario.Pgbench("order.sql", BUYERS, skuRange(Products.HOT_SKU, Products.HOT_SKU)),
            null));
    scenarios.add(
        new Scenario(
            PGBENCH_SPREAD,
            "pgbench: order SQL, random rows (ceiling)",
            new Scenario.Pgbench("order.sql", BUYERS, skuRange(2, Fixture.SPREAD_LAST_SKU)),
            null));
    scenarios.add(
        new Scenario(
            "orders-hot-sku",
            "orders, one hot SKU",
            new Scenario.Wrk("order.lua", "/api/orders/orders", BUYERS, orderEnv(tokens, 1, 1)),
            Scenario.Comparison.atLeast(PGBENCH_HOT, 0.50, "≥ 50 % of pgbench")));
    scenarios.add(
        new Scenario(
            "orders-spread",
            "orders spread over 10 000 SKUs",
            new Scenario.Wrk(
                "order.lua",
                "/api/orders/orders",
                BUYERS,
                orderEnv(tokens, 2, Fixture.SPREAD_LAST_SKU)),
            Scenario.Comparison.atLeast(PGBENCH_SPREAD, 0.50, "≥ 50 % of pgbench")));
    scenarios.add(
        new Scenario(
            "add-to-cart",
            "add to cart (a new SKU each time)",
            new Scenario.Wrk(
                "cart.lua",
                "/api/orders/cart/items",
                BUYERS,
                Map.of(
                    "BENCH_TOKENS",
                    tokens,
                    "BENCH_SKUS_PER_CART",
                    "100",
                    "BENCH_LAST_SKU",
                    Integer.toString(fixture.skus())),
                // its warm-up customers' carts hold 100 items each: about 14 s of adds
                true),
            Scenario.Comparison.informative(PGBENCH_SPREAD)));
    return scenarios;
  }

  private static Map<String, String> skuRange(int first, int last) {
    return Map.of("first_sku", Integer.toString(first), "last_sku", Integer.toString(last));
  }

  private static Map<String, String> orderEnv(String tokens, int first, int last) {
    return Map.of(
        "BENCH_TOKENS",
        tokens,
        "BENCH_SKU_FIRST",
        Integer.toString(first),
        "BENCH_SKU_LAST",
        Integer.toString(last));
  }
}

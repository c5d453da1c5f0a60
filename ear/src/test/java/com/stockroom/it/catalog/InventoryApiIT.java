package com.stockroom.it.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stockroom.catalog.api.HoldInfo;
import com.stockroom.catalog.api.HoldRequest;
import com.stockroom.catalog.api.HoldState;
import com.stockroom.catalog.api.InsufficientStockException;
import com.stockroom.catalog.api.Inventory;
import com.stockroom.catalog.api.Restock;
import com.stockroom.catalog.api.Sale;
import com.stockroom.catalog.api.ShortLine;
import com.stockroom.catalog.api.SkuCatalog;
import com.stockroom.catalog.api.SkuInfo;
import com.stockroom.catalog.api.SoldLine;
import com.stockroom.catalog.api.StockLine;
import com.stockroom.catalog.api.UnknownSkuException;
import com.stockroom.catalog.application.BrandRequest;
import com.stockroom.catalog.application.CategoryRequest;
import com.stockroom.catalog.application.CreateProductRequest;
import com.stockroom.catalog.application.NewSkuRequest;
import com.stockroom.catalog.application.PriceInput;
import com.stockroom.catalog.application.ProductDetails;
import com.stockroom.catalog.application.ProductService;
import com.stockroom.catalog.application.TaxonomyService;
import com.stockroom.common.problem.ProblemException;
import com.stockroom.common.problem.ProblemType;
import com.stockroom.common.security.Caller;
import com.stockroom.common.security.Roles;
import jakarta.ejb.EJBTransactionRequiredException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The module api orders will use ({@link Inventory}, {@link SkuCatalog}), called in the container
 * inside a caller's JTA transaction, as orders will call it: selling all or nothing under row
 * locks, holds (placed, released, expired by the scheduler, sold), putting stock back, the caller's
 * rollback, the lock timeout, and many concurrent sales that must neither deadlock nor oversell.
 * Assertions read the database directly.
 */
@ExtendWith(ArquillianExtension.class)
class InventoryApiIT {

  private static final Caller MANAGER =
      new Caller(4_200_001L, "api-it@example.test", Set.of(Roles.MANAGER), null);

  /** A small WAR next to the EAR that sees the EAR's libraries and the catalog's classes. */
  @Deployment
  static WebArchive deployment() {
    return ShrinkWrap.create(WebArchive.class, "catalog-api-it.war")
        .addClass(InventoryApiIT.class)
        .addAsWebInfResource(
            new StringAsset(
                "<jboss-deployment-structure><deployment><dependencies>"
                    + "<module name=\"deployment.stockroom.ear\"/>"
                    + "<module name=\"deployment.stockroom.ear.catalog.jar\"/>"
                    + "<module name=\"org.postgresql\"/>"
                    + "</dependencies></deployment></jboss-deployment-structure>"),
            "jboss-deployment-structure.xml");
  }

  // ---- lookups --------------------------------------------------------------------------------

  @Test
  void looksUpSkusByCodeWithPriceAvailabilityAndFulfilment() throws Exception {
    String code = sku(7, 1250);
    Map<String, SkuInfo> found = skuCatalog().findByCodes(List.of(code, "NO-SUCH-" + code));
    assertEquals(Set.of(code), found.keySet());
    SkuInfo info = found.get(code);
    assertEquals(7, info.available());
    assertEquals(1250, info.price().amount());
    assertEquals("EUR", info.price().currency());
    assertTrue(info.sellable());
    assertEquals(false, info.externallyFulfilled());
  }

  // ---- selling ------------------------------------------------------------------------------

  @Test
  void sellsAllOrNothingAndListsEveryShortLine() throws Exception {
    String a = sku(5, 100);
    String b = sku(2, 200);
    String c = sku(1, 300);

    InsufficientStockException refused =
        inTransactionExpectingFailure(
            InsufficientStockException.class,
            () ->
                inventory()
                    .sell(
                        Sale.ofLines(
                            List.of(new StockLine(a, 5), new StockLine(b, 3), new StockLine(c, 4)),
                            "order:refused",
                            "user:1")));
    assertEquals(409, refused.type().status());
    assertEquals(
        Set.of(new ShortLine(b, 3, 2), new ShortLine(c, 4, 1)), Set.copyOf(refused.shortLines()));
    assertEquals(5, onHand(a));
    assertEquals(2, onHand(b));
    assertEquals(List.of("RESTOCK"), reasons(a));

    List<SoldLine> sold =
        inTransaction(
            () ->
                inventory()
                    .sell(
                        Sale.ofLines(
                            List.of(new StockLine(a, 2), new StockLine(b, 2), new StockLine(a, 1)),
                            "order:42",
                            "user:1")));
    assertEquals(2, sold.size());
    assertEquals(
        3, sold.stream().filter(line -> line.sku().equals(a)).findFirst().orElseThrow().quantity());
    assertEquals(2, onHand(a));
    assertEquals(0, onHand(b));
    assertEquals(List.of("SALE|-3|0|order:42|user:1|2"), ledger(a, "SALE"));
  }

  @Test
  void unknownSkusAreNamedAndNothingChanges() throws Exception {
    String a = sku(5, 100);
    UnknownSkuException unknown =
        inTransactionExpectingFailure(
            UnknownSkuException.class,
            () ->
                inventory()
                    .sell(
                        Sale.ofLines(
                            List.of(new StockLine(a, 1), new StockLine("GHOST-" + a, 1)),
                            "order:x",
                            "user:1")));
    assertEquals(List.of("GHOST-" + a), unknown.extensions().get("skus"));
    assertEquals(5, onHand(a));
  }

  @Test
  void runsOnlyInsideTheCallersTransaction() throws Exception {
    String a = sku(5, 100);
    assertThrows(
        EJBTransactionRequiredException.class,
        () -> inventory().sell(Sale.ofLines(List.of(new StockLine(a, 1)), "order:1", "user:1")));
    assertThrows(
        EJBTransactionRequiredException.class,
        () ->
            inventory()
                .placeHold(
                    new HoldRequest(a, 1, "cart:1", Instant.now().plusSeconds(60), "user:1")));
    assertEquals(5, onHand(a));
  }

  @Test
  void theCallersRollbackUndoesSalesHoldsAndTheirLedgerRows() throws Exception {
    String a = sku(5, 100);
    UserTransaction tx = userTransaction();
    tx.begin();
    try {
      inventory().sell(Sale.ofLines(List.of(new StockLine(a, 2)), "order:rolled-back", "user:1"));
      inventory()
          .placeHold(new HoldRequest(a, 1, "cart:rb", Instant.now().plusSeconds(60), "user:1"));
    } finally {
      tx.rollback();
    }
    assertEquals(5, onHand(a));
    assertEquals(0, reserved(a));
    assertEquals(List.of("RESTOCK"), reasons(a));
  }

  // ---- holds --------------------------------------------------------------------------------

  @Test
  void holdsSetStockAsideAndAreReleasedOnce() throws Exception {
    String a = sku(4, 100);
    String owner = "cart:" + UUID.randomUUID();
    HoldInfo hold =
        inTransaction(
            () ->
                inventory()
                    .placeHold(
                        new HoldRequest(a, 3, owner, Instant.now().plusSeconds(600), "user:9")));
    assertEquals(HoldState.ACTIVE, hold.state());
    assertEquals(4, onHand(a));
    assertEquals(3, reserved(a));
    assertEquals(1, skuCatalog().findByCodes(List.of(a)).get(a).available());

    InsufficientStockException tooMuch =
        inTransactionExpectingFailure(
            InsufficientStockException.class,
            () ->
                inventory()
                    .placeHold(
                        new HoldRequest(
                            a, 2, "cart:other", Instant.now().plusSeconds(600), "user:8")));
    assertEquals(List.of(new ShortLine(a, 2, 1)), tooMuch.shortLines());

    ProblemException notTheirs =
        inTransactionExpectingFailure(
            ProblemException.class,
            () -> inventory().releaseHold(hold.id(), "cart:other", "user:8"));
    assertEquals(404, notTheirs.type().status());

    assertEquals(
        HoldState.RELEASED,
        inTransaction(() -> inventory().releaseHold(hold.id(), owner, "user:9")).state());
    assertEquals(
        HoldState.RELEASED,
        inTransaction(() -> inventory().releaseHold(hold.id(), owner, "user:9")).state());
    assertEquals(0, reserved(a));
    assertEquals(
        List.of(
            "RESTOCK|4|0|null|user:4200001|4",
            "HOLD|0|3|" + owner + "|user:9|4",
            "RELEASE|0|-3|" + owner + "|user:9|4"),
        ledger(a, null));
  }

  @Test
  void soldHoldsTurnHeldUnitsIntoASaleAndExpiredOnesAreRechecked() throws Exception {
    String a = sku(10, 100);
    String owner = "cart:" + UUID.randomUUID();
    HoldInfo held =
        inTransaction(
            () ->
                inventory()
                    .placeHold(
                        new HoldRequest(a, 3, owner, Instant.now().plusSeconds(600), "user:5")));
    HoldInfo soonGone =
        inTransaction(
            () ->
                inventory()
                    .placeHold(
                        new HoldRequest(a, 2, owner, Instant.now().plusSeconds(1), "user:5")));
    String b = sku(3, 100);
    HoldInfo lost =
        inTransaction(
            () ->
                inventory()
                    .placeHold(
                        new HoldRequest(b, 3, owner, Instant.now().plusSeconds(1), "user:5")));

    // The scheduler gives expired holds back, exactly once each.
    awaitState(soonGone, owner, HoldState.EXPIRED);
    awaitState(lost, owner, HoldState.EXPIRED);
    assertEquals(3, reserved(a));
    assertEquals(List.of("RELEASE|0|-2|" + owner + "|system:hold-expiry|10"), ledger(a, "RELEASE"));

    // Someone else takes what the lost hold had set aside.
    inTransaction(
        () ->
            inventory().sell(Sale.ofLines(List.of(new StockLine(b, 2)), "order:other", "user:6")));

    // An expired hold is sold again only if its units are still there.
    InsufficientStockException gone =
        inTransactionExpectingFailure(
            InsufficientStockException.class,
            () ->
                inventory()
                    .sell(new Sale(List.of(lost.id()), owner, List.of(), "order:late", "user:5")));
    assertEquals(List.of(new ShortLine(b, 3, 1)), gone.shortLines());

    List<SoldLine> sold =
        inTransaction(
            () ->
                inventory()
                    .sell(
                        new Sale(
                            List.of(held.id(), soonGone.id()),
                            owner,
                            List.of(new StockLine(a, 1)),
                            "order:7",
                            "user:5")));
    assertEquals(6, sold.get(0).quantity());
    assertEquals(4, onHand(a));
    assertEquals(0, reserved(a));
    assertEquals(List.of("SALE|-6|-3|order:7|user:5|4"), ledger(a, "SALE"));
    assertEquals(HoldState.SOLD, inventory().findHold(held.id(), owner).orElseThrow().state());
    assertEquals(HoldState.SOLD, inventory().findHold(soonGone.id(), owner).orElseThrow().state());

    ProblemException twice =
        inTransactionExpectingFailure(
            ProblemException.class,
            () ->
                inventory()
                    .sell(new Sale(List.of(held.id()), owner, List.of(), "order:8", "user:5")));
    assertEquals("/problems/hold-closed", twice.type().uri());
    assertEquals(4, onHand(a));
  }

  // ---- putting back -------------------------------------------------------------------------

  @Test
  void cancellationsAndReturnsPutStockBackEvenForDeletedSkus() throws Exception {
    String a = sku(5, 100);
    String sibling = a + "-B";
    productService()
        .addSku(
            Long.parseLong(productService().sku(a, MANAGER).productId()),
            new NewSkuRequest(
                sibling, Map.of("size", "B"), new PriceInput(100L, "EUR"), 0, null, null),
            MANAGER);
    inTransaction(
        () -> inventory().sell(Sale.ofLines(List.of(new StockLine(a, 4)), "order:9", "user:1")));
    productService().deleteSku(a, MANAGER);
    inTransaction(
        () -> {
          inventory()
              .putBack(List.of(new StockLine(a, 3)), Restock.CANCELLATION, "order:9", "user:1");
          inventory().putBack(List.of(new StockLine(a, 1)), Restock.RETURN, "return:3", "user:2");
          return null;
        });
    assertEquals(5, onHand(a));
    assertEquals(List.of("CANCELLATION|3|0|order:9|user:1|4"), ledger(a, "CANCELLATION"));
    assertEquals(List.of("RETURN|1|0|return:3|user:2|5"), ledger(a, "RETURN"));
    assertEquals(false, skuCatalog().findByCodes(List.of(a)).get(a).sellable());
    InsufficientStockException notForSale =
        inTransactionExpectingFailure(
            InsufficientStockException.class,
            () ->
                inventory().sell(Sale.ofLines(List.of(new StockLine(a, 1)), "order:10", "user:1")));
    assertEquals(List.of(new ShortLine(a, 1, 0)), notForSale.shortLines());
  }

  // ---- locks --------------------------------------------------------------------------------

  @Test
  void aRowLockedTooLongIsARetryable503AndNothingChanges() throws Exception {
    String a = sku(5, 100);
    try (Connection other = database()) {
      other.setAutoCommit(false);
      try (PreparedStatement lock =
          other.prepareStatement("SELECT id FROM catalog.sku WHERE code = ? FOR UPDATE")) {
        lock.setString(1, a);
        lock.executeQuery().close();
      }
      long started = System.nanoTime();
      ProblemException busy =
          inTransactionExpectingFailure(
              ProblemException.class,
              () ->
                  inventory()
                      .sell(Sale.ofLines(List.of(new StockLine(a, 1)), "order:busy", "user:1")));
      long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      other.rollback();
      assertEquals(ProblemType.LOCK_TIMEOUT, busy.type());
      assertEquals("1", busy.headers().get("Retry-After"));
      assertTrue(waitedMillis >= 1900 && waitedMillis < 10_000, "waited " + waitedMillis + " ms");
    }
    assertEquals(5, onHand(a));
  }

  @Test
  void concurrentSalesOfOverlappingSkusInAnyOrderNeitherDeadlockNorOversell() throws Exception {
    List<String> skus = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      skus.add(sku(40, 100));
    }
    ManagedExecutorService executor =
        (ManagedExecutorService)
            new InitialContext().lookup("java:comp/DefaultManagedExecutorService");
    AtomicInteger soldOrders = new AtomicInteger();
    AtomicInteger refusedOrders = new AtomicInteger();
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    int[] sold = new int[skus.size()];
    List<Future<?>> work = new ArrayList<>();
    for (int order = 0; order < 120; order++) {
      work.add(
          executor.submit(
              (Callable<Void>)
                  () -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    List<Integer> picked = new ArrayList<>(List.of(0, 1, 2, 3));
                    Collections.shuffle(picked);
                    List<StockLine> lines = new ArrayList<>();
                    int[] quantities = new int[skus.size()];
                    for (int index : picked.subList(0, 2 + random.nextInt(3))) {
                      quantities[index] = 1 + random.nextInt(3);
                      lines.add(new StockLine(skus.get(index), quantities[index]));
                    }
                    UserTransaction tx = userTransaction();
                    tx.begin();
                    try {
                      inventory().sell(Sale.ofLines(lines, "order:concurrent", "user:3"));
                      tx.commit();
                      soldOrders.incrementAndGet();
                      synchronized (sold) {
                        for (int i = 0; i < sold.length; i++) {
                          sold[i] += quantities[i];
                        }
                      }
                    } catch (InsufficientStockException e) {
                      tx.rollback();
                      refusedOrders.incrementAndGet();
                    } catch (RuntimeException e) {
                      tx.rollback();
                      failures.add(e.toString());
                    }
                    return null;
                  }));
    }
    for (Future<?> done : work) {
      done.get(5, TimeUnit.MINUTES);
    }
    assertEquals(List.of(), failures, "no deadlock, no lock timeout, no other failure");
    assertTrue(refusedOrders.get() > 0, "the stock ran out, so some orders were refused");
    for (int i = 0; i < skus.size(); i++) {
      assertEquals(40 - sold[i], onHand(skus.get(i)), skus.get(i));
      assertTrue(onHand(skus.get(i)) >= 0);
    }
    assertEquals(120, soldOrders.get() + refusedOrders.get());
  }

  // ---- helpers ------------------------------------------------------------------------------

  interface Work<T> {
    T run() throws Exception;
  }

  private static <T> T inTransaction(Work<T> work) throws Exception {
    UserTransaction tx = userTransaction();
    tx.begin();
    try {
      T result = work.run();
      tx.commit();
      return result;
    } catch (Exception | Error e) {
      tx.rollback();
      throw e;
    }
  }

  private static <E extends Exception> E inTransactionExpectingFailure(
      Class<E> expected, Work<?> work) throws Exception {
    UserTransaction tx = userTransaction();
    tx.begin();
    try {
      work.run();
    } catch (Exception e) {
      if (expected.isInstance(e)) {
        return expected.cast(e);
      }
      throw e;
    } finally {
      tx.rollback();
    }
    throw new AssertionError("expected " + expected.getSimpleName());
  }

  private static void awaitState(HoldInfo hold, String owner, HoldState state) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      if (inventory().findHold(hold.id(), owner).orElseThrow().state() == state) {
        return;
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
    }
    throw new AssertionError("hold " + hold.id() + " never became " + state);
  }

  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static volatile String brandId;
  private static volatile String categoryId;

  /** A product with one SKU, made through the staff service; returns the SKU code. */
  private static String sku(int stock, long price) throws NamingException {
    if (brandId == null) {
      String name = "Api-" + UUID.randomUUID().toString().substring(0, 8);
      brandId =
          taxonomyService().createBrand(new BrandRequest(name, "api@example.test"), MANAGER).id();
      categoryId = taxonomyService().createCategory(new CategoryRequest(name, null), MANAGER).id();
    }
    String code =
        "API-" + UUID.randomUUID().toString().substring(0, 8) + "-" + SEQUENCE.incrementAndGet();
    ProductDetails product =
        productService()
            .create(
                new CreateProductRequest(
                    "Api " + code,
                    "",
                    categoryId,
                    brandId,
                    null,
                    List.of(
                        new NewSkuRequest(
                            code,
                            Map.of("size", "A"),
                            new PriceInput(price, "EUR"),
                            stock,
                            null,
                            null))),
                MANAGER);
    assertEquals(code, product.skus().get(0).sku());
    return code;
  }

  private static Inventory inventory() throws NamingException {
    return (Inventory)
        new InitialContext()
            .lookup(
                "java:global/stockroom/catalog/InventoryService!com.stockroom.catalog.api.Inventory");
  }

  private static SkuCatalog skuCatalog() throws NamingException {
    return (SkuCatalog)
        new InitialContext()
            .lookup(
                "java:global/stockroom/catalog/SkuCatalogService!com.stockroom.catalog.api.SkuCatalog");
  }

  private static ProductService productService() throws NamingException {
    return (ProductService)
        new InitialContext()
            .lookup(
                "java:global/stockroom/catalog/ProductService!com.stockroom.catalog.application.ProductService");
  }

  private static TaxonomyService taxonomyService() throws NamingException {
    return (TaxonomyService)
        new InitialContext()
            .lookup(
                "java:global/stockroom/catalog/TaxonomyService!com.stockroom.catalog.application.TaxonomyService");
  }

  private static UserTransaction userTransaction() throws NamingException {
    return (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
  }

  /** A connection of its own to the primary, outside any container transaction. */
  private static Connection database() throws SQLException {
    return DriverManager.getConnection(
        System.getenv("STOCKROOM_DB_URL"),
        System.getenv("STOCKROOM_DB_USER"),
        System.getenv("STOCKROOM_DB_PASSWORD"));
  }

  private static int onHand(String code) throws SQLException {
    return intColumn(code, "on_hand");
  }

  private static int reserved(String code) throws SQLException {
    return intColumn(code, "reserved");
  }

  private static int intColumn(String code, String column) throws SQLException {
    try (Connection db = database();
        PreparedStatement query =
            db.prepareStatement("SELECT " + column + " FROM catalog.sku WHERE code = ?")) {
      query.setString(1, code);
      try (ResultSet rs = query.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  /** Ledger rows (reason|delta|reservedDelta|reference|actor|balanceAfter), oldest first. */
  private static List<String> ledger(String code, String reason) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection db = database();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT m.reason, m.delta, m.reserved_delta, m.reference, m.actor, m.balance_after"
                    + " FROM catalog.stock_movement m JOIN catalog.sku s ON s.id = m.sku_id"
                    + " WHERE s.code = ? AND (? IS NULL OR m.reason = ?) ORDER BY m.id")) {
      query.setString(1, code);
      query.setString(2, reason);
      query.setString(3, reason);
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          rows.add(
              rs.getString(1)
                  + "|"
                  + rs.getInt(2)
                  + "|"
                  + rs.getInt(3)
                  + "|"
                  + rs.getString(4)
                  + "|"
                  + rs.getString(5)
                  + "|"
                  + rs.getInt(6));
        }
      }
    }
    return rows;
  }

  private static List<String> reasons(String code) throws SQLException {
    return ledger(code, null).stream().map(row -> row.substring(0, row.indexOf('|'))).toList();
  }
}

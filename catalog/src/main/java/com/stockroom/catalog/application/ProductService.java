package com.stockroom.catalog.application;

import com.stockroom.catalog.domain.AlertThresholds;
import com.stockroom.catalog.domain.MovementReason;
import com.stockroom.catalog.domain.ProductStatus;
import com.stockroom.catalog.domain.SkuAttributes;
import com.stockroom.catalog.domain.Times;
import com.stockroom.catalog.domain.Variants;
import com.stockroom.catalog.persistence.Brand;
import com.stockroom.catalog.persistence.Category;
import com.stockroom.catalog.persistence.LockedSku;
import com.stockroom.catalog.persistence.Product;
import com.stockroom.catalog.persistence.ProductRepository;
import com.stockroom.catalog.persistence.Sku;
import com.stockroom.catalog.persistence.TaxonomyRepository;
import com.stockroom.common.money.Money;
import com.stockroom.common.persistence.LockTimeouts;
import com.stockroom.common.problem.FieldError;
import com.stockroom.common.problem.ProblemException;
import com.stockroom.common.problem.ProblemType;
import com.stockroom.common.problem.ValidationProblem;
import com.stockroom.common.security.Caller;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Staff edits of products and SKUs. Each locks the product row first (then its SKUs), so two edits
 * of one product never interleave and never deadlock with stock movements, which lock SKU rows
 * only. After commit, listings and details show the change at once.
 */
@Stateless
public class ProductService {

  public static final ProblemType DUPLICATE_SKU =
      new ProblemType("/problems/duplicate-sku", "SKU code taken", 409);
  public static final ProblemType LAST_SKU =
      new ProblemType("/problems/last-sku", "Last live SKU", 409);
  public static final ProblemType VARIANT_CONFLICT =
      new ProblemType("/problems/variant-conflict", "Conflicting variants", 409);

  private static final Set<String> PRODUCT_MEMBERS =
      Set.of("name", "description", "categoryId", "brandId", "status");
  private static final Set<String> SKU_MEMBERS =
      Set.of("price", "attributes", "alert", "externallyFulfilled");

  @PersistenceContext(unitName = "catalog")
  EntityManager em;

  @Inject ProductRepository products;

  @Inject TaxonomyRepository taxonomy;

  @Inject StockLedger ledger;

  @Inject CatalogChanges changes;

  @Inject
  @ConfigProperty(name = "stockroom.catalog.lock-timeout-millis", defaultValue = "2000")
  long lockTimeoutMillis;

  public ProductDetails create(CreateProductRequest request, Caller caller) {
    Access.requireManager(caller);
    List<FieldError> errors = new ArrayList<>();
    long categoryId = Long.parseLong(request.categoryId());
    long brandId = Long.parseLong(request.brandId());
    if (taxonomy.category(categoryId).isEmpty()) {
      errors.add(new FieldError("categoryId", "no such category"));
    }
    if (taxonomy.brand(brandId).isEmpty()) {
      errors.add(new FieldError("brandId", "no such brand"));
    }
    String currency = request.skus().get(0).price().currency();
    Set<String> codes = new HashSet<>();
    List<SkuAttributes> attributes = new ArrayList<>();
    for (int i = 0; i < request.skus().size(); i++) {
      NewSkuRequest sku = request.skus().get(i);
      String field = "skus[" + i + "]";
      checkPrice(field + ".price.currency", sku.price(), currency, errors);
      attributes.add(attributes(field + ".attributes", sku.attributes(), errors));
      checkThresholds(field + ".alert", sku.alert(), errors);
      if (!codes.add(sku.sku())) {
        errors.add(new FieldError(field + ".sku", "appears twice"));
      }
    }
    if (errors.isEmpty() && Variants.problem(attributes) != null) {
      errors.add(new FieldError("skus", Variants.problem(attributes)));
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    refuseTakenCodes(codes);

    Instant now = Times.now();
    Product product =
        new Product(
            request.name().trim(),
            request.description(),
            categoryId,
            brandId,
            request.status() == null
                ? ProductStatus.ACTIVE
                : ProductStatus.valueOf(request.status().toUpperCase(Locale.ROOT)),
            currency,
            request.skus().stream().mapToLong(sku -> sku.price().amount()).min().orElseThrow(),
            now);
    products.add(product);
    List<Sku> skus = new ArrayList<>();
    for (int i = 0; i < request.skus().size(); i++) {
      skus.add(newSku(product, request.skus().get(i), attributes.get(i), now));
    }
    stockAndAlerts(skus, request.skus(), caller);
    changes.product(product.id());
    changes.by(caller);
    return staffDetails(product);
  }

  public ProductDetails update(long id, JsonObject body, String ifMatch, Caller caller) {
    Access.requireManager(caller);
    MergePatch patch = new MergePatch(body, PRODUCT_MEMBERS);
    String name = patch.text("name", 200, false);
    String description = patch.text("description", 10_000, true);
    Long categoryId = patch.id("categoryId");
    Long brandId = patch.id("brandId");
    String status = patch.text("status", 20, false);
    for (String required : List.of("name", "categoryId", "brandId", "status")) {
      if (patch.isNull(required)) {
        patch.reject(required, "cannot be removed");
      }
    }
    ProductStatus newStatus = null;
    if (status != null) {
      try {
        newStatus = ProductStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        patch.reject("status", "must be DRAFT, ACTIVE or DISCONTINUED");
      }
    }
    if (categoryId != null && taxonomy.category(categoryId).isEmpty()) {
      patch.reject("categoryId", "no such category");
    }
    if (brandId != null && taxonomy.brand(brandId).isEmpty()) {
      patch.reject("brandId", "no such brand");
    }
    patch.throwIfInvalid();

    Product product = lock(id);
    if (ifMatch != null && !matches(ifMatch, staffDetails(product))) {
      throw new ProblemException(
          ProblemType.PRECONDITION_FAILED,
          "The product changed since you read it (If-Match); reload it and retry.");
    }
    Instant now = Times.now();
    if (name != null) {
      product.rename(name.trim(), now);
    }
    if (patch.has("description")) {
      product.describe(description, now);
    }
    if (categoryId != null) {
      product.classify(categoryId, now);
    }
    if (brandId != null) {
      product.assignBrand(brandId, now);
    }
    if (newStatus != null) {
      product.changeStatus(newStatus, now);
    }
    changes.product(id);
    changes.by(caller);
    return staffDetails(product);
  }

  public void delete(long id, Caller caller) {
    Access.requireManager(caller);
    lock(id).delete(Times.now());
    changes.product(id);
    changes.by(caller);
  }

  public ProductDetails restore(long id, Caller caller) {
    Access.requireManager(caller);
    Product product = lock(id);
    product.restore(Times.now());
    changes.product(id);
    changes.by(caller);
    return staffDetails(product);
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public ProductDetails staffDetails(long id, Caller caller) {
    Access.requireManager(caller);
    Product product =
        products.find(em, id).orElseThrow(() -> ProblemException.notFound("Product " + id));
    return staffDetails(product);
  }

  public SkuDetails addSku(long productId, NewSkuRequest request, Caller caller) {
    Access.requireManager(caller);
    Product product = lock(productId);
    List<FieldError> errors = new ArrayList<>();
    checkPrice("price.currency", request.price(), product.currency(), errors);
    SkuAttributes attributes = attributes("attributes", request.attributes(), errors);
    checkThresholds("alert", request.alert(), errors);
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    refuseTakenCodes(Set.of(request.sku()));
    List<SkuAttributes> live = liveAttributes(productId, null);
    live.add(attributes);
    refuseVariantConflict(live);
    Sku sku = newSku(product, request, attributes, Times.now());
    product.touch(Times.now());
    stockAndAlerts(List.of(sku), List.of(request), caller);
    changes.product(productId);
    changes.by(caller);
    em.refresh(sku);
    return ProductViews.sku(sku, product.currency(), true);
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public SkuDetails sku(String code, Caller caller) {
    Access.requireManager(caller);
    Sku sku = products.skuByCode(code).orElseThrow(() -> ProblemException.notFound("SKU " + code));
    Product product = products.find(em, sku.productId()).orElseThrow();
    return ProductViews.sku(sku, product.currency(), true);
  }

  public SkuDetails updateSku(String code, JsonObject body, Caller caller) {
    Access.requireManager(caller);
    MergePatch patch = new MergePatch(body, SKU_MEMBERS);
    MergePatch price = patch.object("price", Set.of("amount", "currency"));
    Long amount = price == null ? null : price.whole("amount", 0, 1_000_000_000_000L);
    String currency = price == null ? null : price.text("currency", 3, false);
    if (patch.isNull("price")) {
      patch.reject("price", "cannot be removed");
    } else if (price != null && amount == null) {
      patch.reject("price.amount", "is required");
    }
    Map<String, String> newAttributes = patch.strings("attributes");
    MergePatch alert = patch.object("alert", Set.of("quantity", "critical"));
    Long alertQuantity = alert == null ? null : alert.whole("quantity", 1, 1_000_000);
    Long criticalQuantity = alert == null ? null : alert.whole("critical", 1, 1_000_000);
    Boolean external = patch.bool("externallyFulfilled");
    if (patch.isNull("externallyFulfilled")) {
      patch.reject("externallyFulfilled", "cannot be removed");
    }
    patch.throwIfInvalid();

    Sku sku = lockedSku(code);
    Product product = products.find(em, sku.productId()).orElseThrow();
    Instant now = Times.now();
    List<FieldError> errors = new ArrayList<>();
    if (currency != null && !currency.equals(product.currency())) {
      errors.add(
          new FieldError("price.currency", "must be " + product.currency() + ", the product's"));
    }
    SkuAttributes attributes =
        patch.has("attributes")
            ? attributes("attributes", newAttributes, errors)
            : sku.attributes();
    AlertThresholds before = sku.thresholds();
    AlertThresholds thresholds = before;
    if (patch.isNull("alert")) {
      thresholds = AlertThresholds.NONE;
    } else if (alert != null) {
      thresholds =
          new AlertThresholds(
              alert.has("quantity") ? toInteger(alertQuantity) : before.alert(),
              alert.has("critical") ? toInteger(criticalQuantity) : before.critical());
      String problem = AlertThresholds.problem(thresholds.alert(), thresholds.critical());
      if (problem != null) {
        errors.add(new FieldError("alert", problem));
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    if (!sku.isDeleted() && !attributes.equals(sku.attributes())) {
      List<SkuAttributes> live = liveAttributes(product.id(), sku.id());
      live.add(attributes);
      refuseVariantConflict(live);
    }
    if (amount != null) {
      sku.reprice(amount, now);
    }
    sku.describe(attributes, now);
    sku.setThresholds(thresholds, now);
    if (external != null) {
      sku.fulfilExternally(external, now);
    }
    product.touch(now);
    if (!thresholds.equals(before)) {
      em.flush();
      ledger.thresholdsChanged(ledger.lock(List.of(sku.id())).get(sku.id()));
    }
    changes.product(product.id());
    changes.by(caller);
    em.flush();
    em.refresh(sku);
    return ProductViews.sku(sku, product.currency(), true);
  }

  public void deleteSku(String code, Caller caller) {
    Access.requireManager(caller);
    Sku sku = lockedSku(code);
    if (!sku.isDeleted() && liveAttributes(sku.productId(), sku.id()).isEmpty()) {
      throw new ProblemException(
          LAST_SKU, "A product keeps at least one live SKU; delete the product instead.");
    }
    sku.delete(Times.now());
    products.find(em, sku.productId()).orElseThrow().touch(Times.now());
    changes.product(sku.productId());
    changes.by(caller);
  }

  public SkuDetails restoreSku(String code, Caller caller) {
    Access.requireManager(caller);
    Sku sku = lockedSku(code);
    Product product = products.find(em, sku.productId()).orElseThrow();
    if (sku.isDeleted()) {
      List<SkuAttributes> live = liveAttributes(product.id(), sku.id());
      live.add(sku.attributes());
      refuseVariantConflict(live);
      sku.restore(Times.now());
      product.touch(Times.now());
    }
    changes.product(product.id());
    changes.by(caller);
    return ProductViews.sku(sku, product.currency(), true);
  }

  private Product lock(long id) {
    return LockTimeouts.within(
            em,
            Duration.ofMillis(lockTimeoutMillis),
            ProductRepository.BUSY,
            () -> products.lock(id))
        .orElseThrow(() -> ProblemException.notFound("Product " + id));
  }

  /** The SKU, current, with its product locked (the lock every staff edit takes first). */
  private Sku lockedSku(String code) {
    Sku sku = products.skuByCode(code).orElseThrow(() -> ProblemException.notFound("SKU " + code));
    lock(sku.productId());
    em.refresh(sku);
    return sku;
  }

  private Sku newSku(
      Product product, NewSkuRequest request, SkuAttributes attributes, Instant now) {
    ThresholdsInput alert = request.alert();
    Sku sku =
        new Sku(
            product.id(),
            request.sku(),
            attributes,
            request.price().amount(),
            alert == null
                ? AlertThresholds.NONE
                : new AlertThresholds(alert.quantity(), alert.critical()),
            Boolean.TRUE.equals(request.externallyFulfilled()),
            now);
    products.add(sku);
    return sku;
  }

  /** Books initial stock as restocks, then sets the new SKUs' alerts from their thresholds. */
  private void stockAndAlerts(List<Sku> skus, List<NewSkuRequest> requests, Caller caller) {
    em.flush();
    Map<Long, LockedSku> locked = ledger.lock(skus.stream().map(Sku::id).toList());
    for (int i = 0; i < skus.size(); i++) {
      LockedSku sku = locked.get(skus.get(i).id());
      Integer initial = requests.get(i).initialStock();
      if (initial != null && initial > 0) {
        ledger.move(sku, initial, 0, MovementReason.RESTOCK, null, "initial stock", caller.actor());
      }
      ledger.thresholdsChanged(sku);
    }
  }

  private List<SkuAttributes> liveAttributes(long productId, Long exceptSkuId) {
    return products.skusOf(productId).stream()
        .filter(sku -> !sku.isDeleted() && !sku.id().equals(exceptSkuId))
        .map(Sku::attributes)
        .collect(Collectors.toCollection(ArrayList::new));
  }

  private void refuseTakenCodes(Set<String> codes) {
    List<String> taken = products.takenCodes(codes).stream().sorted().toList();
    if (!taken.isEmpty()) {
      throw new ProblemException(
          DUPLICATE_SKU,
          "SKU code " + String.join(", ", taken) + " is already used (perhaps by a deleted SKU).",
          Map.of("skus", taken),
          Map.of());
    }
  }

  private static void refuseVariantConflict(List<SkuAttributes> live) {
    String problem = Variants.problem(live);
    if (problem != null) {
      throw new ProblemException(VARIANT_CONFLICT, problem + ".");
    }
  }

  private static void checkPrice(
      String field, PriceInput price, String currency, List<FieldError> errors) {
    if (!Money.isCurrency(price.currency())) {
      errors.add(new FieldError(field, "is not an ISO 4217 currency"));
    } else if (!price.currency().equals(currency)) {
      errors.add(new FieldError(field, "must be " + currency + ", like the product's other SKUs"));
    }
  }

  private static SkuAttributes attributes(
      String field, Map<String, String> values, List<FieldError> errors) {
    if (values == null) {
      return SkuAttributes.NONE;
    }
    String problem = SkuAttributes.problem(values);
    if (problem != null) {
      errors.add(new FieldError(field, problem));
      return SkuAttributes.NONE;
    }
    return new SkuAttributes(values);
  }

  private static void checkThresholds(
      String field, ThresholdsInput alert, List<FieldError> errors) {
    if (alert != null) {
      String problem = AlertThresholds.problem(alert.quantity(), alert.critical());
      if (problem != null) {
        errors.add(new FieldError(field, problem));
      }
    }
  }

  private static Integer toInteger(Long value) {
    return value == null ? null : value.intValue();
  }

  private ProductDetails staffDetails(Product product) {
    em.flush();
    List<Sku> skus = products.skusOf(product.id());
    skus.forEach(em::refresh);
    Brand brand = taxonomy.brand(product.brandId()).orElseThrow();
    Category category = taxonomy.category(product.categoryId()).orElseThrow();
    return ProductViews.details(product, skus, brand, category, true);
  }

  /** If-Match uses strong comparison: a weak tag never matches. */
  private static boolean matches(String ifMatch, ProductDetails current) {
    String etag = "\"" + ProductViews.etag(ProductViews.json(current)) + "\"";
    for (String candidate : ifMatch.split(",")) {
      String tag = candidate.trim();
      if (tag.equals("*") || tag.equals(etag)) {
        return true;
      }
    }
    return false;
  }
}

package com.stockroom.catalog.application;

import com.stockroom.catalog.api.NewProduct;
import com.stockroom.catalog.api.ProductAdministration;
import com.stockroom.catalog.api.ProductChanges;
import com.stockroom.catalog.api.ProductEdit;
import com.stockroom.catalog.api.ProductFilter;
import com.stockroom.catalog.api.ProductRow;
import com.stockroom.catalog.api.VariantChanges;
import com.stockroom.catalog.domain.ProductStatus;
import com.stockroom.catalog.persistence.ListingSort;
import com.stockroom.catalog.persistence.SearchTerms;
import com.stockroom.common.json.Jsonp;
import com.stockroom.common.paging.Page;
import com.stockroom.common.paging.PageRequest;
import com.stockroom.common.problem.FieldError;
import com.stockroom.common.problem.ProblemException;
import com.stockroom.common.problem.ValidationProblem;
import com.stockroom.common.problem.Violations;
import com.stockroom.common.security.Caller;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * {@link ProductAdministration} for the console, on the services behind the product API: the same
 * request records validated with the same constraints, the same listing (and its cache), the same
 * If-Match check on edits.
 */
@Stateless
public class ProductAdministrationService implements ProductAdministration {

  private static final int MAX_CHOICE_PAGES = 50;

  @Inject ProductService products;
  @Inject ProductQueries queries;
  @Inject TaxonomyService taxonomy;
  @Inject Validator validator;

  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Page<ProductRow> products(Caller caller, ProductFilter filter, PageRequest page) {
    Access.requireManager(caller);
    List<FieldError> errors = new ArrayList<>();
    List<String> words = List.of();
    if (filter.text() != null && !filter.text().isBlank()) {
      words = SearchTerms.words(filter.text());
      if (words.isEmpty()) {
        errors.add(new FieldError("q", "must contain a letter or a digit"));
      } else if (words.size() > SearchTerms.MAX_WORDS) {
        errors.add(new FieldError("q", "must have at most " + SearchTerms.MAX_WORDS + " words"));
      }
    }
    ProductStatus status = null;
    if (filter.status() != null && !filter.status().isBlank()) {
      try {
        status = ProductStatus.valueOf(filter.status().trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("status", "must be DRAFT, ACTIVE or DISCONTINUED"));
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    Page<ProductSummary> summaries =
        queries.summaries(
            new ListingRequest(
                true,
                null,
                null,
                null,
                null,
                false,
                words,
                ListingSort.NAME,
                status,
                filter.deleted(),
                page.page(),
                page.size(),
                null));
    return new Page<>(
        summaries.items().stream().map(ProductAdministrationService::row).toList(),
        summaries.page(),
        summaries.size(),
        summaries.totalItems(),
        summaries.totalPages(),
        null);
  }

  /** In a transaction: the staff view flushes the persistence context first, which needs one. */
  @Override
  public ProductEdit product(Caller caller, long productId) {
    return edit(products.staffDetails(productId, caller));
  }

  @Override
  public ProductEdit create(Caller caller, NewProduct product) {
    Access.requireManager(caller);
    List<NewSkuRequest> skus =
        product.variants() == null
            ? List.of()
            : product.variants().stream().map(ProductAdministrationService::newSku).toList();
    CreateProductRequest request =
        Violations.check(
            validator,
            new CreateProductRequest(
                product.name(),
                blankToNull(product.description()),
                product.categoryId(),
                product.brandId(),
                blankToNull(product.status()),
                skus));
    return edit(products.create(request, caller));
  }

  @Override
  public ProductEdit update(Caller caller, long productId, ProductChanges changes, String etag) {
    Access.requireManager(caller);
    JsonObjectBuilder patch = Jsonp.createObjectBuilder();
    patch.add("name", changes.name() == null ? "" : changes.name());
    if (changes.description() == null || changes.description().isBlank()) {
      patch.addNull("description");
    } else {
      patch.add("description", changes.description());
    }
    patch.add("categoryId", changes.categoryId() == null ? "" : changes.categoryId());
    patch.add("brandId", changes.brandId() == null ? "" : changes.brandId());
    patch.add("status", changes.status() == null ? "" : changes.status());
    return edit(
        products.update(
            productId, patch.build(), etag == null ? null : "\"" + etag + "\"", caller));
  }

  @Override
  public void delete(Caller caller, long productId) {
    products.delete(productId, caller);
  }

  @Override
  public ProductEdit restore(Caller caller, long productId) {
    return edit(products.restore(productId, caller));
  }

  @Override
  public ProductEdit addVariant(Caller caller, long productId, NewProduct.NewVariant variant) {
    Access.requireManager(caller);
    products.addSku(productId, Violations.check(validator, newSku(variant)), caller);
    return edit(products.staffDetails(productId, caller));
  }

  /** The same merge patch a client of the SKU API would send with both members set. */
  @Override
  public ProductEdit updateVariant(
      Caller caller, long productId, String sku, VariantChanges changes) {
    requireVariantOf(caller, productId, sku);
    JsonObjectBuilder price = Jsonp.createObjectBuilder();
    if (changes.priceAmount() != null) {
      price.add("amount", changes.priceAmount());
    }
    JsonObjectBuilder patch = Jsonp.createObjectBuilder().add("price", price);
    if (changes.attributes() == null || changes.attributes().isEmpty()) {
      patch.addNull("attributes");
    } else {
      JsonObjectBuilder attributes = Jsonp.createObjectBuilder();
      changes.attributes().forEach(attributes::add);
      patch.add("attributes", attributes);
    }
    products.updateSku(sku, patch.build(), caller);
    return edit(products.staffDetails(productId, caller));
  }

  @Override
  public ProductEdit deleteVariant(Caller caller, long productId, String sku) {
    requireVariantOf(caller, productId, sku);
    products.deleteSku(sku, caller);
    return edit(products.staffDetails(productId, caller));
  }

  @Override
  public ProductEdit restoreVariant(Caller caller, long productId, String sku) {
    requireVariantOf(caller, productId, sku);
    products.restoreSku(sku, caller);
    return edit(products.staffDetails(productId, caller));
  }

  /**
   * The SKU API addresses a SKU by code alone; the console edits it on a product's page, so a code
   * of another product (a stale or forged form) must not change that other product.
   */
  private void requireVariantOf(Caller caller, long productId, String sku) {
    Access.requireManager(caller);
    if (sku == null || !products.sku(sku, caller).productId().equals(Long.toString(productId))) {
      throw ProblemException.notFound("SKU " + sku + " of product " + productId);
    }
  }

  private static NewSkuRequest newSku(NewProduct.NewVariant variant) {
    Map<String, String> attributes = variant.attributes();
    return new NewSkuRequest(
        variant.sku(),
        attributes == null || attributes.isEmpty() ? null : attributes,
        new PriceInput(variant.priceAmount(), variant.currency()),
        variant.initialStock(),
        null,
        null);
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public List<Choice> brands(Caller caller) {
    Access.requireManager(caller);
    return all(
        page -> taxonomy.brands(page, caller).map(brand -> new Choice(brand.id(), brand.name())));
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public List<Choice> categories(Caller caller) {
    Access.requireManager(caller);
    String user = Long.toString(caller.userId());
    return all(
        page ->
            taxonomy
                .categories(page, user)
                .map(category -> new Choice(category.id(), category.name())));
  }

  /** Every page of a short list (a shop has tens of brands), by name. */
  private static List<Choice> all(Function<PageRequest, Page<Choice>> pages) {
    List<Choice> all = new ArrayList<>();
    Page<Choice> page;
    int number = 0;
    do {
      number++;
      page = pages.apply(new PageRequest(number, PageRequest.MAX_SIZE));
      all.addAll(page.items());
    } while (page.hasNextPage() && number < MAX_CHOICE_PAGES);
    all.sort(Comparator.comparing(Choice::name, String.CASE_INSENSITIVE_ORDER));
    return all;
  }

  private static ProductEdit edit(ProductDetails details) {
    return new ProductEdit(
        details.id(),
        details.name(),
        details.description(),
        details.category().id(),
        details.brand().id(),
        details.status(),
        details.deletedAt(),
        ProductViews.etag(ProductViews.json(details)),
        details.skus().stream()
            .map(
                sku ->
                    new ProductEdit.Variant(
                        sku.sku(),
                        sku.attributes(),
                        sku.price(),
                        sku.onHand(),
                        sku.available(),
                        sku.deletedAt()))
            .toList());
  }

  private static ProductRow row(ProductSummary product) {
    return new ProductRow(
        product.id(),
        product.name(),
        product.brand() == null ? "" : product.brand().name(),
        product.price(),
        product.available(),
        product.status() == null ? "" : product.status(),
        product.deletedAt());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}

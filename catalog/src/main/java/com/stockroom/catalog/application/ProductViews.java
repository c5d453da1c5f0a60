package com.stockroom.catalog.application;

import com.stockroom.catalog.persistence.Brand;
import com.stockroom.catalog.persistence.Category;
import com.stockroom.catalog.persistence.Product;
import com.stockroom.catalog.persistence.ProductRepository;
import com.stockroom.catalog.persistence.Sku;
import com.stockroom.catalog.persistence.TaxonomyRepository;
import com.stockroom.common.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Renders products for customers and staff, as records and as the JSON text that caches hold and
 * entity tags are computed from.
 */
@ApplicationScoped
public class ProductViews {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject ProductRepository products;

  @Inject TaxonomyRepository taxonomy;

  /**
   * The product's details read through {@code reader}; empty when it does not exist, or, for
   * customers, when it is deleted or not active.
   */
  Optional<ProductDetails> details(EntityManager reader, long id, boolean staff) {
    Optional<Product> found = products.find(reader, id);
    if (found.isEmpty() || !(staff || found.get().isOnSale())) {
      return Optional.empty();
    }
    Product product = found.get();
    Brand brand = taxonomy.brand(reader, product.brandId()).orElseThrow();
    Category category = taxonomy.category(reader, product.categoryId()).orElseThrow();
    return Optional.of(details(product, products.skusOf(reader, id), brand, category, staff));
  }

  static ProductDetails details(
      Product product, List<Sku> skus, Brand brand, Category category, boolean staff) {
    List<Sku> live = skus.stream().filter(sku -> !sku.isDeleted()).toList();
    long price = live.stream().mapToLong(Sku::priceAmount).min().orElse(product.minPrice());
    return new ProductDetails(
        Long.toString(product.id()),
        product.name(),
        product.description(),
        new Reference(Long.toString(category.id()), category.name()),
        new Reference(Long.toString(brand.id()), brand.name()),
        new Money(price, product.currency()),
        live.stream().mapToLong(sku -> sku.onHand() - sku.reserved()).sum(),
        product.createdAt(),
        product.updatedAt(),
        staff ? product.status().name() : null,
        staff ? product.deletedAt() : null,
        staff ? product.version() : null,
        (staff ? skus : live).stream().map(sku -> sku(sku, product.currency(), staff)).toList());
  }

  static SkuDetails sku(Sku sku, String currency, boolean staff) {
    return new SkuDetails(
        sku.code(),
        Long.toString(sku.productId()),
        sku.attributes().values(),
        new Money(sku.priceAmount(), currency),
        sku.onHand() - sku.reserved(),
        sku.externallyFulfilled(),
        staff ? sku.onHand() : null,
        staff ? sku.reserved() : null,
        staff ? AlertSettings.of(sku.thresholds()) : null,
        staff ? sku.deletedAt() : null);
  }

  public static String json(Object view) {
    return JSON.toJson(view);
  }

  /**
   * The opaque value of a representation's strong entity tag (without the quotes): the start of its
   * SHA-256, base64url.
   */
  public static String etag(String json) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

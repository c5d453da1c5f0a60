package com.stockroom.catalog.api;

import com.stockroom.common.paging.Page;
import com.stockroom.common.paging.PageRequest;
import com.stockroom.common.security.Caller;
import jakarta.ejb.Local;
import java.util.List;

/**
 * Products as the staff console edits them, under the rules of the product API (managers only).
 * Validation problems name the API's fields: {@code name}, {@code categoryId}, {@code
 * skus[1].price.amount}, {@code skus[0].attributes}, ...
 */
@Local
public interface ProductAdministration {

  /** Products by name, with deleted ones when the filter asks for them. */
  Page<ProductRow> products(Caller caller, ProductFilter filter, PageRequest page);

  ProductEdit product(Caller caller, long productId);

  ProductEdit create(Caller caller, NewProduct product);

  /**
   * Changes the product's own fields (not its variants).
   *
   * @param etag the {@link ProductEdit#etag()} the staff member read; a product changed since is a
   *     precondition-failed problem
   */
  ProductEdit update(Caller caller, long productId, ProductChanges changes, String etag);

  /** Soft delete: hidden from customers at once, kept for staff and orders. */
  void delete(Caller caller, long productId);

  ProductEdit restore(Caller caller, long productId);

  /**
   * Adds a variant to an existing product, under the rules of {@code POST
   * /catalog/products/{id}/skus}: its currency is the product's, its attributes tell it apart from
   * the live variants, its code is new. Validation problems name {@code sku}, {@code price.amount},
   * {@code price.currency}, {@code attributes}, {@code initialStock}.
   *
   * @return the product with the new variant
   */
  ProductEdit addVariant(Caller caller, long productId, NewProduct.NewVariant variant);

  /**
   * Changes one of the product's variants, under the rules of {@code PATCH /catalog/skus/{sku}}.
   * Validation problems name {@code price.amount} and {@code attributes}.
   *
   * @return the product as changed
   */
  ProductEdit updateVariant(Caller caller, long productId, String sku, VariantChanges changes);

  /**
   * Soft-deletes one variant: no longer sold, kept for history and orders. The last live variant of
   * a product is refused (delete the product instead).
   */
  ProductEdit deleteVariant(Caller caller, long productId, String sku);

  /** Makes a deleted variant live again, unless a live variant now has its attributes. */
  ProductEdit restoreVariant(Caller caller, long productId, String sku);

  /** Brands to pick from, by name. */
  List<Choice> brands(Caller caller);

  /** Categories to pick from, by name. */
  List<Choice> categories(Caller caller);

  /** Something to pick in a form. */
  record Choice(String id, String name) {}
}

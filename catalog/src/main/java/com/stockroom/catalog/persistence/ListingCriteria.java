package com.stockroom.catalog.persistence;

import com.stockroom.catalog.domain.ProductStatus;

/**
 * One listing request, normalized.
 *
 * @param staff whether the staff view is wanted (deleted and inactive products, with status)
 * @param categoryId only products in this category or below it
 * @param brandId only this brand's products
 * @param minPrice only products whose price (lowest SKU price, minor units) is at least this
 * @param maxPrice ... at most this
 * @param inStockOnly only products with something available to sell
 * @param textQuery a {@code to_tsquery('simple', ...)} expression (see {@code SearchTerms})
 * @param sort the order
 * @param status staff only: only products in this status
 * @param deleted staff only: only deleted ({@code true}) or only live ({@code false}) products
 * @param offset rows to skip (page-based reads)
 * @param limit rows to return
 * @param after keyset position: rows strictly after it in {@code sort} order
 */
public record ListingCriteria(
    boolean staff,
    Long categoryId,
    Long brandId,
    Long minPrice,
    Long maxPrice,
    boolean inStockOnly,
    String textQuery,
    ListingSort sort,
    ProductStatus status,
    Boolean deleted,
    int offset,
    int limit,
    ListingPosition after) {}

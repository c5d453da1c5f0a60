package com.stockroom.catalog.application;

import com.stockroom.catalog.domain.ProductStatus;
import com.stockroom.catalog.persistence.ListingSort;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * A listing request as parsed and checked by the resource: filters, sort, and either a page or a
 * keyset cursor ({@code after}). Its canonical query string is the cache key and the base of the
 * {@code next} link, so equal requests share one cache entry whatever their parameter order.
 *
 * @param searchWords the text search's words, normalized
 */
public record ListingRequest(
    boolean staff,
    Long categoryId,
    Long brandId,
    Long minPrice,
    Long maxPrice,
    boolean inStockOnly,
    List<String> searchWords,
    ListingSort sort,
    ProductStatus status,
    Boolean deleted,
    int page,
    int size,
    String after) {

  public static final String PATH = "/api/catalog/products";

  public ListingRequest {
    searchWords = List.copyOf(searchWords);
  }

  /** The filters and sort, in a fixed order (no paging). */
  String canonicalFilters() {
    StringJoiner query = new StringJoiner("&");
    add(query, "category", categoryId);
    add(query, "brand", brandId);
    add(query, "minPrice", minPrice);
    add(query, "maxPrice", maxPrice);
    if (inStockOnly) {
      query.add("inStock=true");
    }
    if (!searchWords.isEmpty()) {
      query.add("q=" + URLEncoder.encode(String.join(" ", searchWords), StandardCharsets.UTF_8));
    }
    query.add("sort=" + sort.name().toLowerCase(Locale.ROOT));
    add(query, "status", status == null ? null : status.name());
    add(query, "deleted", deleted);
    return query.toString();
  }

  /** The whole request in canonical form, for the cache key. */
  String cacheKey() {
    return (staff ? "staff|" : "public|")
        + canonicalFilters()
        + "&size="
        + size
        + (after == null ? "&page=" + page : "&after=" + after);
  }

  /** The URL of a numbered page of the same listing, relative to the server. */
  public String pageUrl(int number) {
    return PATH + "?" + canonicalFilters() + "&size=" + size + "&page=" + number;
  }

  /** The URL of the page after a cursor, relative to the server. */
  String nextUrl(String cursor) {
    return PATH + "?" + canonicalFilters() + "&size=" + size + "&after=" + cursor;
  }

  private static void add(StringJoiner query, String name, Object value) {
    if (value != null) {
      query.add(name + "=" + value);
    }
  }
}

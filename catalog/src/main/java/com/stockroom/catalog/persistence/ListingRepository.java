package com.stockroom.catalog.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The product listing's SQL. The inner query finds the page's ids on an index in sort order
 * (partial indexes cover what customers see; a keyset position is a range start on them); the outer
 * one reads those rows and adds brand names and available quantities, so a deep page costs little
 * more than the first. Runs on whichever unit the caller routed the read to.
 */
@ApplicationScoped
public class ListingRepository {

  public ListingSlice find(EntityManager reader, ListingCriteria criteria) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    String where = where(criteria, parameters);

    Query count = reader.createNativeQuery("SELECT count(*) FROM catalog.product p" + where);
    parameters.forEach(count::setParameter);
    long total = Rows.longValue(count.getSingleResult());

    // One more than asked tells whether a next page exists.
    int take = criteria.limit() + 1;
    long skip = criteria.offset();
    // A page past the middle is nearer the list's end: the inner query walks the index from that
    // end, in reverse order, and skips what lies after the page instead of what lies before it
    // (page 400 of 500 skips 2 000 entries instead of 8 000).
    long afterPage = total - criteria.offset();
    boolean fromEnd = criteria.after() == null && afterPage < criteria.offset();
    if (fromEnd) {
      if (afterPage <= 0) {
        return new ListingSlice(List.of(), total, false);
      }
      take = (int) Math.min(take, afterPage);
      skip = afterPage - take;
    }
    String pageWhere = where + keyset(criteria, parameters);
    // Deferred join: the inner query walks the sort's index for the page's ids only, which the
    // index itself answers without reading table rows (the partial indexes cover the filters and
    // keys of price and newest sorts), so an offset deep into the list skips index entries, not
    // rows; the outer query then reads the few rows of the page.
    String sql =
        "SELECT p.id, p.name, p.min_price, p.currency, p.brand_id, b.name AS brand_name,"
            + " p.category_id, p.status, p.created_at, p.deleted_at,"
            + " (SELECT coalesce(sum(s.on_hand - s.reserved), 0) FROM catalog.sku s"
            + " WHERE s.product_id = p.id AND s.deleted_at IS NULL) AS available,"
            + " lower(p.name) AS sort_name"
            + " FROM (SELECT p.id FROM catalog.product p"
            + pageWhere
            + " ORDER BY "
            + (fromEnd ? reversed(criteria.sort()) : order(criteria.sort(), "p.", "lower(p.name)"))
            + " LIMIT :limit OFFSET :offset) pg"
            + " JOIN catalog.product p ON p.id = pg.id"
            + " JOIN catalog.brand b ON b.id = p.brand_id"
            + " ORDER BY "
            + order(criteria.sort(), "p.", "lower(p.name)");
    Query page = reader.createNativeQuery(sql);
    parameters.forEach(page::setParameter);
    page.setParameter("limit", take);
    page.setParameter("offset", skip);
    List<?> results = page.getResultList();
    List<ListingRow> rows = new ArrayList<>(results.size());
    for (Object result : results) {
      rows.add(row((Object[]) result, criteria.sort()));
    }
    boolean more = rows.size() > criteria.limit();
    return new ListingSlice(more ? rows.subList(0, criteria.limit()) : rows, total, more);
  }

  private static String where(ListingCriteria c, Map<String, Object> parameters) {
    StringBuilder where = new StringBuilder(" WHERE true");
    if (!c.staff()) {
      where.append(" AND p.deleted_at IS NULL AND p.status = 'ACTIVE'");
    } else {
      if (c.status() != null) {
        where.append(" AND p.status = :status");
        parameters.put("status", c.status().name());
      }
      if (c.deleted() != null) {
        where.append(c.deleted() ? " AND p.deleted_at IS NOT NULL" : " AND p.deleted_at IS NULL");
      }
    }
    if (c.categoryId() != null) {
      where.append(
          " AND p.category_id IN (WITH RECURSIVE subtree(id) AS ("
              + "SELECT id FROM catalog.category WHERE id = :category"
              + " UNION ALL SELECT child.id FROM catalog.category child"
              + " JOIN subtree ON child.parent_id = subtree.id) SELECT id FROM subtree)");
      parameters.put("category", c.categoryId());
    }
    if (c.brandId() != null) {
      where.append(" AND p.brand_id = :brand");
      parameters.put("brand", c.brandId());
    }
    if (c.minPrice() != null) {
      where.append(" AND p.min_price >= :minPrice");
      parameters.put("minPrice", c.minPrice());
    }
    if (c.maxPrice() != null) {
      where.append(" AND p.min_price <= :maxPrice");
      parameters.put("maxPrice", c.maxPrice());
    }
    if (c.inStockOnly()) {
      where.append(
          " AND EXISTS (SELECT 1 FROM catalog.sku s WHERE s.product_id = p.id"
              + " AND s.deleted_at IS NULL AND s.on_hand > s.reserved)");
    }
    if (c.textQuery() != null) {
      // The search document is split at punctuation like the words are, so to_tsquery parses
      // each word as the document's parse did (3e5d1a2b as the number 3e5 and the word d1a2b).
      where.append(" AND p.search @@ to_tsquery('simple', :text)");
      parameters.put("text", c.textQuery());
    }
    return where.toString();
  }

  private static String keyset(ListingCriteria c, Map<String, Object> parameters) {
    if (c.after() == null) {
      return "";
    }
    parameters.put("afterId", c.after().id());
    switch (c.sort()) {
      case NAME -> parameters.put("afterKey", c.after().key());
      case PRICE_ASC, PRICE_DESC -> parameters.put("afterKey", Long.parseLong(c.after().key()));
      case NEWEST -> parameters.put("afterKey", Instant.parse(c.after().key()));
    }
    return switch (c.sort()) {
      case NAME -> " AND (lower(p.name), p.id) > (:afterKey, :afterId)";
      case PRICE_ASC -> " AND (p.min_price, p.id) > (:afterKey, :afterId)";
      case PRICE_DESC -> " AND (p.min_price, p.id) < (:afterKey, :afterId)";
      case NEWEST -> " AND (p.created_at, p.id) < (:afterKey, :afterId)";
    };
  }

  private static String order(ListingSort sort, String alias, String nameKey) {
    return switch (sort) {
      case NAME -> nameKey + ", " + alias + "id";
      case PRICE_ASC -> alias + "min_price, " + alias + "id";
      case PRICE_DESC -> alias + "min_price DESC, " + alias + "id DESC";
      case NEWEST -> alias + "created_at DESC, " + alias + "id DESC";
    };
  }

  /** {@link #order} backwards, which an index scans backwards as well as forwards. */
  private static String reversed(ListingSort sort) {
    return switch (sort) {
      case NAME -> "lower(p.name) DESC, p.id DESC";
      case PRICE_ASC -> "p.min_price DESC, p.id DESC";
      case PRICE_DESC -> "p.min_price, p.id";
      case NEWEST -> "p.created_at, p.id";
    };
  }

  private static ListingRow row(Object[] c, ListingSort sort) {
    long id = Rows.longValue(c[0]);
    long price = Rows.longValue(c[2]);
    Instant createdAt = Rows.instant(c[8]);
    String key =
        switch (sort) {
          case NAME -> (String) c[11];
          case PRICE_ASC, PRICE_DESC -> Long.toString(price);
          case NEWEST -> createdAt.toString();
        };
    return new ListingRow(
        id,
        (String) c[1],
        price,
        (String) c[3],
        Rows.longValue(c[4]),
        (String) c[5],
        Rows.longValue(c[6]),
        (String) c[7],
        createdAt,
        Rows.instant(c[9]),
        Rows.longValue(c[10]),
        new ListingPosition(key, id));
  }
}

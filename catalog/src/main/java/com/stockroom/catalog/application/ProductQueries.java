package com.stockroom.catalog.application;

import com.stockroom.catalog.persistence.ListingCriteria;
import com.stockroom.catalog.persistence.ListingPosition;
import com.stockroom.catalog.persistence.ListingRepository;
import com.stockroom.catalog.persistence.ListingRow;
import com.stockroom.catalog.persistence.ListingSlice;
import com.stockroom.catalog.persistence.ListingSort;
import com.stockroom.catalog.persistence.SearchTerms;
import com.stockroom.common.money.Money;
import com.stockroom.common.paging.KeysetCursor;
import com.stockroom.common.paging.Page;
import com.stockroom.common.paging.PageRequest;
import com.stockroom.common.persistence.ReadRouter;
import com.stockroom.common.problem.ProblemException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Product listings and details as JSON text, read from the replica when it has caught up with the
 * version asked for, else from the primary ({@link ProductPages} caches them). Never inside a
 * transaction: the replica unit must not join one.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProductQueries {

  @PersistenceContext(unitName = "catalog")
  EntityManager primary;

  @PersistenceContext(unitName = "catalog-replica")
  EntityManager replica;

  @Inject ReadRouter router;

  @Inject CatalogCache cache;

  @Inject ListingRepository listings;

  @Inject ProductViews views;

  /**
   * The page as JSON ({@code Page} of {@link ProductSummary}), read as of at least {@code version}
   * of the listings. Not cached here: {@link ProductPages} caches it.
   */
  public Representation renderListing(ListingRequest request, long version) {
    Cursor cursor = request.after() == null ? null : Cursor.decode(request.after(), request.sort());
    Page<ProductSummary> page = summaries(request, cursor, version);
    return Representation.of(ProductViews.json(page), page.next());
  }

  /** A listing page as rows, not cached (the staff console's product table). */
  public Page<ProductSummary> summaries(ListingRequest request) {
    Cursor cursor = request.after() == null ? null : Cursor.decode(request.after(), request.sort());
    return summaries(request, cursor, cache.version(CatalogCache.LISTING));
  }

  private Page<ProductSummary> summaries(ListingRequest request, Cursor cursor, long version) {
    ListingCriteria criteria = criteria(request, cursor);
    // The page depends on every change up to this version; an older replica would cache a stale
    // page under a current key.
    ListingSlice slice =
        router.read(primary, replica, null, version, em -> listings.find(em, criteria));
    int pageNumber = cursor == null ? request.page() : cursor.page();
    return page(request, pageNumber, slice);
  }

  /**
   * The product's details as JSON ({@link ProductDetails}), if the reader may see it, read as of at
   * least {@code version}. Not cached here: {@link ProductPages} caches them.
   */
  public Optional<Representation> renderDetails(long id, boolean staff, long version) {
    return router
        .read(primary, replica, null, version, em -> views.details(em, id, staff))
        .map(details -> Representation.of(ProductViews.json(details), null));
  }

  /**
   * A keyset cursor: the sort it belongs to, the position after the last row, and the number of the
   * page it leads to (so keyset pages still say which page they are).
   */
  private record Cursor(ListingPosition position, int page) {

    static Cursor decode(String encoded, ListingSort sort) {
      KeysetCursor cursor = KeysetCursor.decode(encoded, 4);
      if (!cursor.value(0).equals(sort.name().toLowerCase(Locale.ROOT))) {
        throw ProblemException.invalid("after", "belongs to another sort order");
      }
      long page = cursor.longValue(3);
      if (!validKey(sort, cursor.value(1))
          || page < 2
          || page > Integer.MAX_VALUE / PageRequest.MAX_SIZE) {
        throw ProblemException.invalid("after", "is not a cursor this server issued");
      }
      return new Cursor(new ListingPosition(cursor.value(1), cursor.longValue(2)), (int) page);
    }

    String encode(ListingSort sort) {
      return KeysetCursor.of(
              sort.name().toLowerCase(Locale.ROOT),
              position.key(),
              Long.toString(position.id()),
              Integer.toString(page))
          .encode();
    }

    private static boolean validKey(ListingSort sort, String key) {
      try {
        switch (sort) {
          case PRICE_ASC, PRICE_DESC -> Long.parseLong(key);
          case NEWEST -> Instant.parse(key);
          case NAME -> {
            // any text is a name
          }
        }
        return true;
      } catch (NumberFormatException | DateTimeParseException e) {
        return false;
      }
    }
  }

  private static ListingCriteria criteria(ListingRequest request, Cursor cursor) {
    return new ListingCriteria(
        request.staff(),
        request.categoryId(),
        request.brandId(),
        request.minPrice(),
        request.maxPrice(),
        request.inStockOnly(),
        request.searchWords().isEmpty() ? null : SearchTerms.prefixQuery(request.searchWords()),
        request.sort(),
        request.status(),
        request.deleted(),
        cursor == null ? (request.page() - 1) * request.size() : 0,
        request.size(),
        cursor == null ? null : cursor.position());
  }

  private static Page<ProductSummary> page(
      ListingRequest request, int pageNumber, ListingSlice slice) {
    Page<ProductSummary> page =
        Page.of(
            slice.rows().stream().map(row -> summary(row, request.staff())).toList(),
            new PageRequest(pageNumber, request.size()),
            slice.total());
    if (slice.more()) {
      ListingPosition last = slice.rows().get(slice.rows().size() - 1).position();
      page =
          page.withNext(request.nextUrl(new Cursor(last, pageNumber + 1).encode(request.sort())));
    }
    return page;
  }

  private static ProductSummary summary(ListingRow row, boolean staff) {
    return new ProductSummary(
        Long.toString(row.id()),
        row.name(),
        new Money(row.price(), row.currency()),
        row.available(),
        new Reference(Long.toString(row.brandId()), row.brandName()),
        Long.toString(row.categoryId()),
        row.createdAt(),
        staff ? row.status() : null,
        staff ? row.deletedAt() : null);
  }
}

package com.stockroom.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Listing pages and product details as the public API serves them: from the node's cache when it
 * holds the current version, else rendered by {@link ProductQueries} and cached.
 *
 * <p>A CDI bean in front of the session bean: a cache hit needs no transaction attribute, pool or
 * security interceptor, and going through the session bean's view cost a cached page 23 % of the
 * resource method's time (JFR of the cached listing, bench/README.md).
 */
@ApplicationScoped
public class ProductPages {

  @Inject CatalogCache cache;

  @Inject ProductQueries queries;

  /** The page as JSON ({@code Page} of {@code ProductSummary}). */
  public Representation listing(ListingRequest request) {
    long version = cache.version(CatalogCache.LISTING);
    String key = "l|" + version + "|" + request.cacheKey();
    Representation rendered = cache.page(key);
    if (rendered == null) {
      rendered = queries.renderListing(request, version);
      cache.putPage(key, rendered);
    }
    return rendered;
  }

  /** The product's details as JSON ({@code ProductDetails}), if the reader may see it. */
  public Optional<Representation> details(long id, boolean staff) {
    long productVersion = cache.version(CatalogCache.productVersionKey(id));
    long taxonomyVersion = cache.version(CatalogCache.TAXONOMY);
    String key =
        "d|" + productVersion + "|" + taxonomyVersion + "|" + (staff ? "staff|" : "public|") + id;
    Representation cached = cache.page(key);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<Representation> rendered =
        queries.renderDetails(id, staff, Math.max(productVersion, taxonomyVersion));
    rendered.ifPresent(details -> cache.putPage(key, details));
    return rendered;
  }
}

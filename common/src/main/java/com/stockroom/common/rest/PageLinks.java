package com.stockroom.common.rest;

import com.stockroom.common.paging.Page;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 8288 {@code Link} headers mirroring a page-based list: {@code next} and {@code prev} are the
 * request's own URL with another {@code page}, every other query parameter kept.
 */
public final class PageLinks {

  private PageLinks() {}

  public static Link[] of(UriInfo uri, Page<?> page) {
    List<Link> links = new ArrayList<>();
    if (page.next() != null) {
      links.add(Link.fromUri(page.next()).rel("next").build());
    } else if (page.page() < page.totalPages()) {
      links.add(
          Link.fromUriBuilder(uri.getRequestUriBuilder().replaceQueryParam("page", page.page() + 1))
              .rel("next")
              .build());
    }
    if (page.page() > 1) {
      int previous = Math.min(page.page() - 1, Math.max(1, page.totalPages()));
      links.add(
          Link.fromUriBuilder(uri.getRequestUriBuilder().replaceQueryParam("page", previous))
              .rel("prev")
              .build());
    }
    return links.toArray(Link[]::new);
  }
}

package com.stockroom.admin.web;

import com.stockroom.common.paging.Page;
import com.stockroom.common.paging.PageRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Page numbers from the query string (anything odd means the first page: a console link is never
 * worth an error) and the links to the neighbouring pages, keeping the page's filters.
 */
final class Paging {

  static final int SIZE = 20;

  private Paging() {}

  static PageRequest request(String page) {
    return request(page, SIZE);
  }

  static PageRequest request(String page, int size) {
    int number = 1;
    if (page != null && page.matches("[1-9][0-9]{0,6}")) {
      number = Integer.parseInt(page);
    }
    return new PageRequest(number, size);
  }

  /** {@code ?a=1&b=2&page=n}, leaving out empty filters. */
  static String link(Map<String, String> filters, int page) {
    return link(filters, "page", page);
  }

  /** {@code ?a=1&b=2&<pageParameter>=n}, leaving out empty filters. */
  static String link(Map<String, String> filters, String pageParameter, int page) {
    Map<String, String> query = new LinkedHashMap<>();
    // sorted, so that links do not depend on the order of Map.of
    filters = new TreeMap<>(filters);
    filters.forEach(
        (name, value) -> {
          if (value != null && !value.isBlank()) {
            query.put(name, value);
          }
        });
    query.put(pageParameter, Integer.toString(page));
    StringBuilder link = new StringBuilder("?");
    query.forEach(
        (name, value) -> {
          if (link.length() > 1) {
            link.append('&');
          }
          link.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
    return link.toString();
  }

  static String summary(Page<?> page) {
    if (page.totalItems() == 0) {
      return "Nothing found";
    }
    long first = (long) (page.page() - 1) * page.size() + 1;
    long last = first + page.items().size() - 1;
    return first + "–" + last + " of " + page.totalItems();
  }
}

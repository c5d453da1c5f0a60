package com.stockroom.admin.web;

import com.stockroom.common.paging.Page;
import java.util.Map;

/**
 * What the pager under a table shows: which rows these are and the links to the neighbouring pages,
 * which keep the table's filters.
 */
public final class PageLinks {

  private final Page<?> page;
  private final Map<String, String> filters;

  PageLinks(Page<?> page, Map<String, String> filters) {
    this.page = page;
    this.filters = filters;
  }

  public String getSummary() {
    return Paging.summary(page);
  }

  public boolean isHasPrevious() {
    return page.page() > 1;
  }

  public boolean isHasNext() {
    return page.hasNextPage();
  }

  public String getPreviousLink() {
    return Paging.link(filters, page.page() - 1);
  }

  public String getNextLink() {
    return Paging.link(filters, page.page() + 1);
  }
}

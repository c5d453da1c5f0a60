package com.stockroom.common.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list as every endpoint renders it. {@code next} is set for keyset reads: the URL of
 * the following page carrying an opaque {@code after} cursor.
 */
public record Page<T>(
    List<T> items, int page, int size, long totalItems, int totalPages, String next) {

  public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
    int totalPages =
        (int) Math.min(Integer.MAX_VALUE, (totalItems + request.size() - 1) / request.size());
    return new Page<>(
        List.copyOf(items), request.page(), request.size(), totalItems, totalPages, null);
  }

  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(
        items.stream().<R>map(mapper).toList(), page, size, totalItems, totalPages, next);
  }

  public Page<T> withNext(String nextUrl) {
    return new Page<>(items, page, size, totalItems, totalPages, nextUrl);
  }

  public boolean hasNextPage() {
    return next != null || page < totalPages;
  }
}

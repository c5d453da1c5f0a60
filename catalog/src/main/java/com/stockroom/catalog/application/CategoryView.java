package com.stockroom.catalog.application;

import com.stockroom.catalog.persistence.Category;
import java.time.Instant;

/** A category; {@code parentId} is absent at the top of the tree. */
public record CategoryView(String id, String name, String parentId, Instant createdAt) {
  static CategoryView of(Category category) {
    return new CategoryView(
        Long.toString(category.id()),
        category.name(),
        category.parentId() == null ? null : Long.toString(category.parentId()),
        category.createdAt());
  }
}

package com.stockroom.catalog.domain;

import java.util.Map;

/** The category tree's one rule: no category sits inside itself. */
public final class CategoryTree {
  private CategoryTree() {}

  /**
   * Whether moving {@code categoryId} under {@code newParentId} would make it its own ancestor.
   *
   * @param parents every category's parent (id to parent id, {@code null} for roots)
   */
  public static boolean wouldContainItself(
      long categoryId, Long newParentId, Map<Long, Long> parents) {
    for (Long ancestor = newParentId; ancestor != null; ancestor = parents.get(ancestor)) {
      if (ancestor == categoryId) {
        return true;
      }
    }
    return false;
  }
}

package com.stockroom.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CategoryTreeTest {

  /** food (1) > drinks (2) > tea (3); toys (4). */
  private final Map<Long, Long> parents = new HashMap<>();

  {
    parents.put(1L, null);
    parents.put(2L, 1L);
    parents.put(3L, 2L);
    parents.put(4L, null);
  }

  @Test
  void movesUnderAnotherBranchOrToTheTopAreFine() {
    assertThat(CategoryTree.wouldContainItself(2, 4L, parents)).isFalse();
    assertThat(CategoryTree.wouldContainItself(2, null, parents)).isFalse();
    assertThat(CategoryTree.wouldContainItself(3, 1L, parents)).isFalse();
  }

  @Test
  void noCategoryMovesIntoItself() {
    assertThat(CategoryTree.wouldContainItself(1, 3L, parents)).as("under its grandchild").isTrue();
    assertThat(CategoryTree.wouldContainItself(1, 1L, parents)).as("under itself").isTrue();
  }
}

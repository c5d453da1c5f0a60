package com.stockroom.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CategoryTest {

  /** food (1) > drinks (2) > tea (3); toys (4). */
  private final Map<Long, Long> parents = new HashMap<>();

  {
    parents.put(1L, null);
    parents.put(2L, 1L);
    parents.put(3L, 2L);
    parents.put(4L, null);
  }

  private static Category category(long id, Long parent) throws ReflectiveOperationException {
    Category category = new Category("c" + id, parent, Instant.EPOCH);
    Field field = Category.class.getDeclaredField("id");
    field.setAccessible(true);
    field.set(category, id);
    return category;
  }

  @Test
  void movesUnderAnotherBranchOrToTheTop() throws ReflectiveOperationException {
    Category drinks = category(2, 1L);
    assertThat(drinks.moveUnder(4L, parents)).isTrue();
    assertThat(drinks.parentId()).isEqualTo(4L);
    assertThat(drinks.moveUnder(null, parents)).isTrue();
    assertThat(drinks.parentId()).isNull();
  }

  @Test
  void neverMovesIntoItself() throws ReflectiveOperationException {
    Category food = category(1, null);
    assertThat(food.moveUnder(3L, parents)).as("under its grandchild").isFalse();
    assertThat(food.moveUnder(1L, parents)).as("under itself").isFalse();
    assertThat(food.parentId()).isNull();
  }
}

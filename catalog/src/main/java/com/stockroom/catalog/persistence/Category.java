package com.stockroom.catalog.persistence;

import com.stockroom.catalog.domain.CategoryTree;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** A node of the category tree; a listing filtered by a category includes its descendants. */
@Entity
@Table(name = "category")
public class Category {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "parent_id")
  private Long parentId;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Category() {}

  public Category(String name, Long parentId, Instant now) {
    this.name = Objects.requireNonNull(name);
    this.parentId = parentId;
    this.createdAt = now;
  }

  public Long id() {
    return id;
  }

  public Long parentId() {
    return parentId;
  }

  public String name() {
    return name;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public void rename(String newName) {
    this.name = Objects.requireNonNull(newName);
  }

  /**
   * Moves this category under {@code newParentId} ({@code null}: to the top).
   *
   * @param parents every category's parent (id to parent id, {@code null} for roots)
   * @return false, changing nothing, when the move would put the category inside itself
   */
  public boolean moveUnder(Long newParentId, Map<Long, Long> parents) {
    if (CategoryTree.wouldContainItself(id, newParentId, parents)) {
      return false;
    }
    this.parentId = newParentId;
    return true;
  }
}

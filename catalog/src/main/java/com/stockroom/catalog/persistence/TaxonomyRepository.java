package com.stockroom.catalog.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Categories and brands: what products are filed under. */
@ApplicationScoped
public class TaxonomyRepository {

  @PersistenceContext(unitName = "catalog")
  EntityManager em;

  public void add(Category category) {
    em.persist(category);
  }

  public void add(Brand brand) {
    em.persist(brand);
  }

  public void remove(Category category) {
    em.remove(category);
  }

  public void remove(Brand brand) {
    em.remove(brand);
  }

  public Optional<Category> category(long id) {
    return category(em, id);
  }

  public Optional<Category> category(EntityManager reader, long id) {
    return Optional.ofNullable(reader.find(Category.class, id));
  }

  public List<Category> categories(EntityManager reader) {
    return reader
        .createQuery("select c from Category c order by c.name, c.id", Category.class)
        .getResultList();
  }

  /** Every category's parent ({@code null} for roots), for moves that must not create cycles. */
  public Map<Long, Long> parents() {
    Map<Long, Long> parents = new HashMap<>();
    for (Object[] row :
        em.createQuery("select c.id, c.parentId from Category c", Object[].class).getResultList()) {
      parents.put((Long) row[0], (Long) row[1]);
    }
    return parents;
  }

  public boolean siblingNamed(Long parentId, String name, Long exceptId) {
    var query =
        em.createQuery(
                "select c.id from Category c where c.name = :name and c.id <> :except and "
                    + (parentId == null ? "c.parentId is null" : "c.parentId = :parent"),
                Long.class)
            .setParameter("name", name)
            .setParameter("except", exceptId == null ? -1L : exceptId);
    if (parentId != null) {
      query.setParameter("parent", parentId);
    }
    return !query.getResultList().isEmpty();
  }

  public boolean hasChildren(long categoryId) {
    return !em.createQuery("select c.id from Category c where c.parentId = :id", Long.class)
        .setParameter("id", categoryId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  public Optional<Brand> brand(long id) {
    return brand(em, id);
  }

  public Optional<Brand> brand(EntityManager reader, long id) {
    return Optional.ofNullable(reader.find(Brand.class, id));
  }

  public List<Brand> brands(EntityManager reader) {
    return reader
        .createQuery("select b from Brand b order by b.name, b.id", Brand.class)
        .getResultList();
  }

  public boolean brandNamed(String name, Long exceptId) {
    return !em.createQuery(
            "select b.id from Brand b where lower(b.name) = lower(:name) and b.id <> :except",
            Long.class)
        .setParameter("name", name)
        .setParameter("except", exceptId == null ? -1L : exceptId)
        .getResultList()
        .isEmpty();
  }
}

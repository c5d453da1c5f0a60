package com.stockroom.catalog.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Products and their SKUs on the primary, for staff changes; reads that take an {@link
 * EntityManager} run on whichever unit the caller routed them to.
 *
 * <p>Lock order: a staff change locks the product row first and its SKU rows after it; stock
 * changes lock SKU rows only. No transaction ever waits for a product while holding a SKU, so the
 * two never deadlock.
 */
@ApplicationScoped
public class ProductRepository {

  /** The problem's detail when a product stays locked longer than a caller waits. */
  public static final String BUSY =
      "The product is being changed by someone else right now; nothing was changed. Retry"
          + " shortly.";

  @PersistenceContext(unitName = "catalog")
  EntityManager em;

  public void add(Product product) {
    em.persist(product);
  }

  public void add(Sku sku) {
    em.persist(sku);
  }

  /** The product, locked for this transaction. Call it inside {@link LockTimeouts#within}. */
  public Optional<Product> lock(long id) {
    return Optional.ofNullable(em.find(Product.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public Optional<Product> find(EntityManager reader, long id) {
    return Optional.ofNullable(reader.find(Product.class, id));
  }

  /** The product's SKUs (deleted ones too), oldest first. */
  public List<Sku> skusOf(EntityManager reader, long productId) {
    return reader
        .createQuery("select s from Sku s where s.productId = :product order by s.id", Sku.class)
        .setParameter("product", productId)
        .getResultList();
  }

  public List<Sku> skusOf(long productId) {
    return skusOf(em, productId);
  }

  public Optional<Sku> skuByCode(EntityManager reader, String code) {
    return reader
        .createQuery("select s from Sku s where s.code = :code", Sku.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  public Optional<Sku> skuByCode(String code) {
    return skuByCode(em, code);
  }

  /** Which of these codes are taken, by live or deleted SKUs. */
  public List<String> takenCodes(Collection<String> codes) {
    if (codes.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select s.code from Sku s where s.code in :codes", String.class)
        .setParameter("codes", codes)
        .getResultList();
  }

  /** Products of a brand or category, deleted ones included (they still refer to it). */
  public boolean anyInCategory(long categoryId) {
    return !em.createQuery("select p.id from Product p where p.categoryId = :c", Long.class)
        .setParameter("c", categoryId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  public boolean anyOfBrand(long brandId) {
    return !em.createQuery("select p.id from Product p where p.brandId = :b", Long.class)
        .setParameter("b", brandId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}

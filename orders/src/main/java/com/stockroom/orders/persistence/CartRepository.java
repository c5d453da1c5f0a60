package com.stockroom.orders.persistence;

import com.stockroom.common.persistence.LockTimeouts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Carts and their items. Every change of a cart first locks the cart's row, so one customer's
 * concurrent cart requests take turns.
 */
@ApplicationScoped
public class CartRepository {

  private static final String BUSY =
      "Your cart is being changed by another request right now; nothing was changed. Retry"
          + " shortly.";

  @PersistenceContext(unitName = "orders")
  EntityManager em;

  public Optional<Cart> findActive(long customerId) {
    return em.createQuery(
            "select c from Cart c where c.customerId = :customer and c.status = :active",
            Cart.class)
        .setParameter("customer", customerId)
        .setParameter("active", Cart.Status.ACTIVE)
        .getResultStream()
        .findFirst();
  }

  /** The customer's active cart, locked; made first if there is none. */
  public Cart lockOrCreateActive(long customerId, String email, Instant at, Duration lockTimeout) {
    em.createNativeQuery(
            "INSERT INTO orders.cart (customer_id, customer_email, status, created_at, updated_at)"
                + " VALUES (:customer, :email, 'ACTIVE', :at, :at)"
                + " ON CONFLICT (customer_id) WHERE status = 'ACTIVE' DO NOTHING")
        .setParameter("customer", customerId)
        .setParameter("email", email)
        .setParameter("at", at)
        .executeUpdate();
    return lockActive(customerId, lockTimeout).orElseThrow();
  }

  /** The customer's active cart, locked, if there is one. */
  public Optional<Cart> lockActive(long customerId, Duration lockTimeout) {
    return LockTimeouts.within(
        em,
        lockTimeout,
        BUSY,
        () ->
            em.createQuery(
                    "select c from Cart c where c.customerId = :customer"
                        + " and c.status = :active",
                    Cart.class)
                .setParameter("customer", customerId)
                .setParameter("active", Cart.Status.ACTIVE)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst());
  }

  public void insert(CartItem item) {
    em.persist(item);
    em.flush();
  }

  public void delete(CartItem item) {
    item.detach();
    em.remove(item);
  }

  public Optional<CartItem> findItem(long itemId) {
    return Optional.ofNullable(em.find(CartItem.class, itemId));
  }
}

package com.stockroom.identity.persistence;

import com.stockroom.common.paging.PageRequest;
import com.stockroom.identity.domain.EmailAddress;
import com.stockroom.identity.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Users on the primary; runs in the caller's transaction. */
@ApplicationScoped
public class UserRepository {

  @PersistenceContext(unitName = "identity")
  EntityManager em;

  public Optional<User> find(long id) {
    return Optional.ofNullable(em.find(User.class, id));
  }

  public List<User> findAll(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("SELECT u FROM User u WHERE u.id IN :ids", User.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  public Optional<User> findByEmail(EmailAddress email) {
    return em.createQuery("SELECT u FROM User u WHERE u.email = :email", User.class)
        .setParameter("email", email.value())
        .getResultStream()
        .findFirst();
  }

  public boolean emailTaken(EmailAddress email) {
    return !em.createQuery("SELECT u.id FROM User u WHERE u.email = :email", Long.class)
        .setParameter("email", email.value())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /**
   * Records a login's time without the account's version: concurrent logins of one account would
   * otherwise fail each other's optimistic check, and the time is no edit another writer must see.
   */
  public void recordLogin(long userId, Instant now) {
    em.createQuery("UPDATE User u SET u.lastLoginAt = :now WHERE u.id = :id")
        .setParameter("now", now)
        .setParameter("id", userId)
        .executeUpdate();
  }

  /** Inserts now, so a duplicate e-mail fails here (unique constraint) and not at commit. */
  public void insert(User user) {
    em.persist(user);
    em.flush();
  }

  /** Criteria of the staff user list; {@code null} means "any". */
  public record Search(Role role, Boolean enabled, String text) {}

  public List<User> search(Search search, PageRequest page) {
    TypedQuery<User> query =
        em.createQuery("SELECT u FROM User u" + where(search) + " ORDER BY u.id", User.class);
    bind(query, search);
    return query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
  }

  public long count(Search search) {
    TypedQuery<Long> query =
        em.createQuery("SELECT count(u) FROM User u" + where(search), Long.class);
    bind(query, search);
    return query.getSingleResult();
  }

  private static String where(Search search) {
    List<String> conditions = new ArrayList<>();
    if (search.role() != null) {
      conditions.add("u.role = :role");
    }
    if (search.enabled() != null) {
      conditions.add("u.enabled = :enabled");
    }
    if (search.text() != null) {
      conditions.add(
          "(u.email LIKE :text ESCAPE '\\' OR lower(u.fullName) LIKE :text ESCAPE '\\')");
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  private static void bind(TypedQuery<?> query, Search search) {
    if (search.role() != null) {
      query.setParameter("role", search.role().wireName());
    }
    if (search.enabled() != null) {
      query.setParameter("enabled", search.enabled());
    }
    if (search.text() != null) {
      String escaped =
          search
              .text()
              .toLowerCase(Locale.ROOT)
              .replace("\\", "\\\\")
              .replace("%", "\\%")
              .replace("_", "\\_");
      query.setParameter("text", "%" + escaped + "%");
    }
  }
}

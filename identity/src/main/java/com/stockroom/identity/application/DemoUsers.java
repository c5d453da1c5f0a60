package com.stockroom.identity.application;

import com.stockroom.identity.domain.EmailAddress;
import com.stockroom.identity.domain.PasswordHash;
import com.stockroom.identity.domain.Role;
import com.stockroom.identity.persistence.User;
import com.stockroom.identity.persistence.UserRepository;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Seeds {@value #MANAGER} and {@value #CUSTOMER} when {@code stockroom.identity.seed-demo-users} is
 * true (the run command sets it; production leaves it off and seeds nobody). Their passwords come
 * from {@code stockroom.identity.seed.manager-password} and {@code ...customer-password}; an
 * existing demo account gets the configured password and role again, so the password the run
 * command prints always works.
 */
@Singleton
@Startup
@DependsOn("IdentitySchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoUsers {

  public static final String MANAGER = "manager@example.com";
  public static final String CUSTOMER = "customer@example.com";

  private static final Logger LOG = Logger.getLogger(DemoUsers.class);

  @Inject IdentitySettings settings;
  @Inject UserRepository users;
  @Inject UserRegistry registry;
  @Resource UserTransaction transaction;

  @PostConstruct
  void seed() {
    if (!settings.seedDemoUsers()) {
      return;
    }
    ensure(
        MANAGER, "Demo Manager", Role.MANAGER, required(settings.seedManagerPassword(), "manager"));
    ensure(
        CUSTOMER,
        "Demo Customer",
        Role.CUSTOMER,
        required(settings.seedCustomerPassword(), "customer"));
  }

  private static String required(Optional<String> password, String who) {
    return password.orElseThrow(
        () ->
            new IllegalStateException(
                "stockroom.identity.seed-demo-users is on but stockroom.identity.seed."
                    + who
                    + "-password (STOCKROOM_IDENTITY_SEED_"
                    + who.toUpperCase(Locale.ROOT)
                    + "_PASSWORD) is not set"));
  }

  /** Creates or resets one demo account; a second try covers a node seeding at the same time. */
  private void ensure(String email, String name, Role role, String password) {
    RuntimeException failure = null;
    for (int attempt = 0; attempt < 2; attempt++) {
      try {
        transaction.begin();
        Instant now = Instant.now();
        Optional<User> existing = users.findByEmail(new EmailAddress(email));
        if (existing.isPresent()) {
          existing.get().changePassword(PasswordHash.of(password), now);
          existing.get().assignRole(role, null, now);
          existing.get().enable(now);
        } else {
          registry.create(email, password, name, role, null, now);
        }
        transaction.commit();
        LOG.infof("demo user %s ready (%s)", email, role.wireName());
        return;
      } catch (Exception e) {
        failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
        rollbackQuietly();
      }
    }
    throw failure;
  }

  private void rollbackQuietly() {
    try {
      transaction.rollback();
    } catch (Exception e) {
      LOG.debug("rollback after a failed seeding attempt", e);
    }
  }
}

package com.stockroom.identity.application;

import com.stockroom.common.problem.FieldError;
import com.stockroom.common.problem.ProblemException;
import com.stockroom.common.problem.ProblemType;
import com.stockroom.common.problem.ValidationProblem;
import com.stockroom.identity.domain.EmailAddress;
import com.stockroom.identity.domain.FullName;
import com.stockroom.identity.domain.PasswordHash;
import com.stockroom.identity.domain.PasswordPolicy;
import com.stockroom.identity.domain.Role;
import com.stockroom.identity.persistence.User;
import com.stockroom.identity.persistence.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates accounts, for self-registration and for staff alike: the input rules, the password policy
 * and the one-account-per-e-mail rule. Runs in the caller's transaction.
 */
@ApplicationScoped
public class UserRegistry {

  public static final ProblemType EMAIL_TAKEN =
      new ProblemType("/problems/email-taken", "E-mail already registered", 409);

  private static final String UNIQUE_VIOLATION = "23505";

  @Inject UserRepository users;

  public User create(
      String email, String password, String fullName, Role role, Long brandId, Instant now) {
    List<FieldError> errors = new ArrayList<>();
    EmailAddress address = EmailAddress.parse(email).orElse(null);
    if (address == null) {
      errors.add(new FieldError("email", "must be an e-mail address"));
    }
    PasswordPolicy.violations(password, email)
        .forEach(message -> errors.add(new FieldError("password", message)));
    FullName name = FullName.parse(fullName).orElse(null);
    if (name == null) {
      errors.add(
          new FieldError("fullName", "must have 1 to " + FullName.MAX_LENGTH + " characters"));
    }
    if (!role.fitsBrand(brandId)) {
      errors.add(
          new FieldError(
              "brandId",
              role == Role.BRAND ? "is required for brand users" : "belongs to brand users only"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    if (users.emailTaken(address)) {
      throw emailTaken();
    }
    User user = new User(address, name, PasswordHash.of(password), role, brandId, now);
    try {
      users.insert(user);
    } catch (PersistenceException e) {
      // Two registrations of one address at once: the second one hits the unique constraint.
      if (isUniqueViolation(e)) {
        throw emailTaken();
      }
      throw e;
    }
    return user;
  }

  private static ProblemException emailTaken() {
    return new ProblemException(
        EMAIL_TAKEN, "An account with this e-mail address exists already. Log in instead.");
  }

  private static boolean isUniqueViolation(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}

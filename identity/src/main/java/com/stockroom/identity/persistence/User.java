package com.stockroom.identity.persistence;

import com.stockroom.identity.domain.EmailAddress;
import com.stockroom.identity.domain.FullName;
import com.stockroom.identity.domain.PasswordHash;
import com.stockroom.identity.domain.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An account: customer, manager or brand user. Never leaves the module; its rules are the domain's
 * value types ({@link EmailAddress}, {@link FullName}, {@link PasswordHash}, {@link Role}).
 */
@Entity
@Table(name = "users")
public class User {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = EmailAddress.MAX_LENGTH)
  private String email;

  @Column(name = "full_name", nullable = false, length = FullName.MAX_LENGTH)
  private String fullName;

  @Column(name = "password_hash", nullable = false, length = 200)
  private String passwordHash;

  @Column(nullable = false, length = 16)
  private String role;

  @Column(name = "brand_id")
  private Long brandId;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "password_changed_at", nullable = false)
  private Instant passwordChangedAt;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  @Version
  @Column(nullable = false)
  private long version;

  protected User() {}

  /** A new, enabled account; {@code brandId} is required for brand users and refused otherwise. */
  public User(
      EmailAddress email,
      FullName fullName,
      PasswordHash password,
      Role role,
      Long brandId,
      Instant now) {
    requireBrandFits(role, brandId);
    this.email = email.value();
    this.fullName = fullName.value();
    this.passwordHash = password.encoded();
    this.role = role.wireName();
    this.brandId = brandId;
    this.enabled = true;
    this.createdAt = now;
    this.updatedAt = now;
    this.passwordChangedAt = now;
  }

  public void rename(FullName newName, Instant now) {
    fullName = newName.value();
    updatedAt = now;
  }

  public void changePassword(PasswordHash newPassword, Instant now) {
    passwordHash = newPassword.encoded();
    passwordChangedAt = now;
    updatedAt = now;
  }

  public void disable(Instant now) {
    if (enabled) {
      enabled = false;
      updatedAt = now;
    }
  }

  public void enable(Instant now) {
    if (!enabled) {
      enabled = true;
      updatedAt = now;
    }
  }

  /** Makes the account have exactly this role (and brand), e.g. when seeding demo users. */
  public void assignRole(Role newRole, Long newBrandId, Instant now) {
    requireBrandFits(newRole, newBrandId);
    role = newRole.wireName();
    brandId = newBrandId;
    updatedAt = now;
  }

  public PasswordHash password() {
    return PasswordHash.parse(passwordHash);
  }

  public long id() {
    return Objects.requireNonNull(id, "not persisted yet");
  }

  public EmailAddress email() {
    return new EmailAddress(email);
  }

  public String fullName() {
    return fullName;
  }

  public Role role() {
    return Role.parse(role).orElseThrow();
  }

  public Optional<Long> brandId() {
    return Optional.ofNullable(brandId);
  }

  public boolean enabled() {
    return enabled;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Optional<Instant> lastLoginAt() {
    return Optional.ofNullable(lastLoginAt);
  }

  private static void requireBrandFits(Role role, Long brandId) {
    if (!role.fitsBrand(brandId)) {
      throw new IllegalArgumentException("a brand id belongs to brand users, and only to them");
    }
  }
}

package com.stockroom.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Identity's configuration in one place. Every value is a MicroProfile Config property, settable as
 * an environment variable ({@code stockroom.identity.login-limit.per-account} is {@code
 * STOCKROOM_IDENTITY_LOGIN_LIMIT_PER_ACCOUNT}).
 */
@ApplicationScoped
public class IdentitySettings {

  /** Issuer and audience: the same properties the API's token verification reads. */
  @Inject
  @ConfigProperty(name = "stockroom.jwt.issuer", defaultValue = "stockroom")
  String issuer;

  @Inject
  @ConfigProperty(name = "stockroom.jwt.audience", defaultValue = "stockroom-api")
  String audience;

  /** PEM (PKCS#8) of the current signing key; kept out of git, made by jwt-keys.sh. */
  @Inject
  @ConfigProperty(name = "stockroom.jwt.signing-key-location")
  Optional<String> signingKeyLocation;

  /** JWKS with every public key tokens may be verified with (current first, then previous). */
  @Inject
  @ConfigProperty(name = "stockroom.jwt.jwks-location")
  Optional<String> jwksLocation;

  @Inject
  @ConfigProperty(name = "stockroom.identity.access-token-lifetime-seconds", defaultValue = "900")
  long accessTokenLifetimeSeconds;

  @Inject
  @ConfigProperty(
      name = "stockroom.identity.refresh-token-lifetime-seconds",
      defaultValue = "2592000")
  long refreshTokenLifetimeSeconds;

  @Inject
  @ConfigProperty(name = "stockroom.identity.login-limit.per-account", defaultValue = "5")
  int loginLimitPerAccount;

  @Inject
  @ConfigProperty(name = "stockroom.identity.login-limit.per-address", defaultValue = "30")
  int loginLimitPerAddress;

  @Inject
  @ConfigProperty(name = "stockroom.identity.login-limit.window-seconds", defaultValue = "900")
  long loginLimitWindowSeconds;

  @Inject
  @ConfigProperty(name = "stockroom.identity.login-limit.lockout-seconds", defaultValue = "900")
  long loginLimitLockoutSeconds;

  /** Off unless the run command (or a test environment) asks for the two demo accounts. */
  @Inject
  @ConfigProperty(name = "stockroom.identity.seed-demo-users", defaultValue = "false")
  boolean seedDemoUsers;

  @Inject
  @ConfigProperty(name = "stockroom.identity.seed.manager-password")
  Optional<String> seedManagerPassword;

  @Inject
  @ConfigProperty(name = "stockroom.identity.seed.customer-password")
  Optional<String> seedCustomerPassword;

  public String issuer() {
    return issuer;
  }

  public String audience() {
    return audience;
  }

  public String signingKeyLocation() {
    return signingKeyLocation.orElseThrow(
        () ->
            new IllegalStateException(
                "stockroom.jwt.signing-key-location (STOCKROOM_JWT_SIGNING_KEY_LOCATION) is not"
                    + " set: identity cannot sign tokens"));
  }

  public String jwksLocation() {
    return jwksLocation.orElseThrow(
        () ->
            new IllegalStateException(
                "stockroom.jwt.jwks-location (STOCKROOM_JWT_JWKS_LOCATION) is not set"));
  }

  public Duration accessTokenLifetime() {
    return Duration.ofSeconds(accessTokenLifetimeSeconds);
  }

  public Duration refreshTokenLifetime() {
    return Duration.ofSeconds(refreshTokenLifetimeSeconds);
  }

  public int loginLimitPerAccount() {
    return loginLimitPerAccount;
  }

  public int loginLimitPerAddress() {
    return loginLimitPerAddress;
  }

  public Duration loginLimitWindow() {
    return Duration.ofSeconds(loginLimitWindowSeconds);
  }

  public Duration loginLimitLockout() {
    return Duration.ofSeconds(loginLimitLockoutSeconds);
  }

  public boolean seedDemoUsers() {
    return seedDemoUsers;
  }

  public Optional<String> seedManagerPassword() {
    return seedManagerPassword.filter(p -> !p.isBlank());
  }

  public Optional<String> seedCustomerPassword() {
    return seedCustomerPassword.filter(p -> !p.isBlank());
  }
}

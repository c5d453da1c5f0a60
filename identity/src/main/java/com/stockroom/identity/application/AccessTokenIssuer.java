package com.stockroom.identity.application;

import com.stockroom.common.json.Jsonp;
import com.stockroom.common.security.Callers;
import com.stockroom.identity.persistence.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.UUID;

/**
 * Makes access tokens as the server's MicroProfile JWT expects them: {@code iss}, {@code aud},
 * {@code sub} (the user id), {@code upn} (the e-mail), {@code groups} (the roles), {@code jti},
 * {@code iat}, {@code exp}, and {@code brand_id} (a string) for brand users.
 */
@ApplicationScoped
public class AccessTokenIssuer {

  @Inject IdentitySettings settings;
  @Inject SigningKeys keys;

  /** A signed access token. */
  public record AccessToken(String token, long expiresInSeconds) {}

  public AccessToken issue(User user, Instant now) {
    long lifetime = settings.accessTokenLifetime().toSeconds();
    long issuedAt = now.getEpochSecond();
    JsonObjectBuilder claims =
        Jsonp.createObjectBuilder()
            .add("iss", settings.issuer())
            .add("aud", settings.audience())
            .add("sub", Long.toString(user.id()))
            .add("upn", user.email().value())
            .add("groups", Jsonp.createArrayBuilder().add(user.role().wireName()))
            .add("jti", UUID.randomUUID().toString())
            .add("iat", issuedAt)
            .add("exp", issuedAt + lifetime);
    user.brandId().ifPresent(brand -> claims.add(Callers.BRAND_CLAIM, Long.toString(brand)));
    return new AccessToken(keys.sign(claims.build()), lifetime);
  }
}

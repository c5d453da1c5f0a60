package com.stockroom.api;

import com.stockroom.common.security.VerifiedTokens;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The parser MP-JWT's authentication mechanism uses for every bearer token: SmallRye's, with a
 * token already verified answered from {@link VerifiedTokens} until it expires. In the JFR of the
 * order benchmark, verifying the same token again on each request (RSA signature, JSON claims) took
 * 7 % of the request threads' CPU.
 *
 * <p>Access tokens stay valid until they expire whatever happens to the account (disabling it
 * revokes its refresh tokens), so an answer kept until then is the one verification would give.
 * Only {@link #parse(String)}, the mechanism's call, is cached; the rest are SmallRye's own. The
 * management port's {@code /metrics} counts the checks and the verifications among them.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
public class CachingJwtParser extends DefaultJWTParser {

  /** About 3 KB each: a few MB for as many customers active within a token's lifetime. */
  static final int CAPACITY = 4096;

  @Inject JWTAuthContextInfo authContext;

  @Inject MeterRegistry meters;

  private final VerifiedTokens<JsonWebToken> verified =
      new VerifiedTokens<>(CAPACITY, Clock.systemUTC());

  private Counter checks;
  private Counter verifications;

  @PostConstruct
  void register() {
    checks = meters.counter("stockroom.tokens.checks");
    verifications = meters.counter("stockroom.tokens.verifications");
    meters.gauge("stockroom.tokens.verified", Tags.empty(), verified, VerifiedTokens::size);
  }

  @Override
  public JsonWebToken parse(String token) throws ParseException {
    checks.increment();
    return verified.verified(token, this::verifyCounted, this::acceptedUntil);
  }

  private JsonWebToken verifyCounted(String token) throws ParseException {
    verifications.increment();
    return super.parse(token);
  }

  /**
   * When the verifier stops accepting the token: its expiry plus the allowed clock skew. (Its other
   * time checks, not-before and the longest lifetime allowed, cannot turn an accepted token into a
   * refused one later.)
   */
  private Instant acceptedUntil(JsonWebToken jwt) {
    return Instant.ofEpochSecond(jwt.getExpirationTime()).plusSeconds(authContext.getClockSkew());
  }
}

package com.stockroom.it.identity;

import static io.restassured.RestAssured.given;

import com.stockroom.it.Tokens;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;

/** Reading tokens in tests: verified with the JWKS the server publishes, or just decoded. */
final class Jwts {

  private Jwts() {}

  /** Verifies like a relying party would, with the published keys; returns the claims. */
  static JwtClaims verifyWithPublishedKeys(String token) {
    try {
      JsonWebKeySet keys =
          new JsonWebKeySet(
              given().get("/api/identity/jwks").then().statusCode(200).extract().asString());
      return new JwtConsumerBuilder()
          .setRequireExpirationTime()
          .setRequireIssuedAt()
          .setRequireJwtId()
          .setRequireSubject()
          .setExpectedIssuer(Tokens.ISSUER)
          .setExpectedAudience(Tokens.AUDIENCE)
          .setVerificationKeyResolver(new JwksVerificationKeyResolver(keys.getJsonWebKeys()))
          .build()
          .processToClaims(token);
    } catch (JoseException | InvalidJwtException e) {
      throw new AssertionError("token does not verify with the published keys: " + e, e);
    }
  }

  /** The decoded JOSE header, as JSON text. */
  static String header(String token) {
    return new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
  }

  /** The stored form of a refresh token (identity keeps its SHA-256 only). */
  static String sha256Hex(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

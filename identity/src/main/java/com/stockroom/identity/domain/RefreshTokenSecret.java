package com.stockroom.identity.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The opaque refresh token a client holds: 256 random bits, base64url. The server keeps only its
 * SHA-256 (a fast hash is enough for a secret this long), so a database leak yields no usable
 * token.
 */
public record RefreshTokenSecret(String value) {

  private static final SecureRandom RANDOM = new SecureRandom();

  public static RefreshTokenSecret generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return new RefreshTokenSecret(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /** The stored form: lower-case hex SHA-256 of the token text. */
  public String hash() {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  @Override
  public String toString() {
    return "RefreshTokenSecret[redacted]";
  }
}

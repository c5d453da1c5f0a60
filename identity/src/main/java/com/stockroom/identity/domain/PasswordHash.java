package com.stockroom.identity.domain;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A stored password: PBKDF2-HMAC-SHA256 with a random 16-byte salt and OWASP's 2023 cost of 600 000
 * iterations, encoded as {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} (base64). The iteration
 * count travels with the hash, so the cost can be raised later without a migration.
 */
public final class PasswordHash {

  public static final int ITERATIONS = 600_000;

  private static final String SCHEME = "pbkdf2-sha256";
  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final int SALT_BYTES = 16;
  private static final int KEY_BITS = 256;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final int iterations;
  private final byte[] salt;
  private final byte[] hash;

  private PasswordHash(int iterations, byte[] salt, byte[] hash) {
    this.iterations = iterations;
    this.salt = salt;
    this.hash = hash;
  }

  /** Hashes a new password with a fresh salt. */
  public static PasswordHash of(String password) {
    return of(password, ITERATIONS);
  }

  static PasswordHash of(String password, int iterations) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    return new PasswordHash(iterations, salt, derive(password, salt, iterations));
  }

  public static PasswordHash parse(String encoded) {
    String[] parts = encoded.split("\\$");
    if (parts.length != 4 || !parts[0].equals(SCHEME)) {
      throw new IllegalArgumentException("not a " + SCHEME + " hash");
    }
    Base64.Decoder base64 = Base64.getDecoder();
    return new PasswordHash(
        Integer.parseInt(parts[1]), base64.decode(parts[2]), base64.decode(parts[3]));
  }

  public String encoded() {
    Base64.Encoder base64 = Base64.getEncoder();
    return SCHEME
        + "$"
        + iterations
        + "$"
        + base64.encodeToString(salt)
        + "$"
        + base64.encodeToString(hash);
  }

  /** Recomputes the hash at the stored cost and compares in constant time. */
  public boolean matches(String password) {
    return MessageDigest.isEqual(hash, derive(password, salt, iterations));
  }

  public int iterations() {
    return iterations;
  }

  private static byte[] derive(String password, byte[] salt, int iterations) {
    // The JDK's PBKDF2 turns the chars into UTF-8 bytes; an empty password is refused by the JDK,
    // so it is mapped to a NUL that no policy-checked password can equal.
    char[] chars = password.isEmpty() ? new char[] {'\0'} : password.toCharArray();
    PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, KEY_BITS);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is part of every JDK", e);
    } finally {
      spec.clearPassword();
    }
  }

  @Override
  public String toString() {
    return SCHEME + "$" + iterations + "$[redacted]";
  }
}

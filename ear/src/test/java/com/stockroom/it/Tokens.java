package com.stockroom.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * Access tokens signed with this run's signing key, exactly as the identity module issues them.
 * Tests of other modules use them to act as any user without paying for a password login; the
 * identity tests prove the real token endpoint issues the same shape.
 */
public final class Tokens {

  public static final String ISSUER = "stockroom";
  public static final String AUDIENCE = "stockroom-api";

  private Tokens() {}

  public static String customer(long userId) {
    return mint(userId, "customer" + userId + "@example.test", List.of("customer"), null);
  }

  public static String manager(long userId) {
    return mint(userId, "manager" + userId + "@example.test", List.of("manager"), null);
  }

  public static String brand(long userId, long brandId) {
    return mint(userId, "brand" + userId + "@example.test", List.of("brand"), brandId);
  }

  public static String mint(long userId, String email, List<String> roles, Long brandId) {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(ISSUER);
    claims.setAudience(AUDIENCE);
    claims.setSubject(Long.toString(userId));
    claims.setClaim("upn", email);
    claims.setStringListClaim("groups", roles);
    if (brandId != null) {
      claims.setClaim("brand_id", brandId.toString());
    }
    claims.setJwtId(UUID.randomUUID().toString());
    claims.setIssuedAtToNow();
    claims.setExpirationTimeMinutesInTheFuture(15);
    return sign(claims);
  }

  /** Signs any claims with this run's key and key id (for tampering tests). */
  public static String sign(JwtClaims claims) {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(signingKey());
    jws.setKeyIdHeaderValue(keyId());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    try {
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException(e);
    }
  }

  public static PrivateKey signingKey() {
    try {
      String pem = Files.readString(Environment.itDir().resolve("keys/signing-key.pem"));
      byte[] der =
          Base64.getMimeDecoder()
              .decode(pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").trim());
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String keyId() {
    try {
      String jwks = Files.readString(Environment.itDir().resolve("keys/jwks.json"));
      Matcher kid = Pattern.compile("\"kid\":\"([^\"]+)\"").matcher(jwks);
      if (!kid.find()) {
        throw new IllegalStateException("no kid in jwks.json");
      }
      return kid.group(1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

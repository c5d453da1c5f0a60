package com.stockroom.it.identity;

import static com.stockroom.it.identity.IdentityApi.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.stockroom.it.Environment;
import com.stockroom.it.ServerTest;
import com.stockroom.it.Tokens;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.Test;

/**
 * Every way to forge or misuse an access token is refused with 401 problem+json (with
 * WWW-Authenticate: Bearer and the request id), on protected and on public endpoints; a valid token
 * without the role is 403; tokens of the previous signing key still verify (rotation).
 */
class TokenVerificationIT extends ServerTest {

  private static final String PROTECTED = "/api/identity/me";
  private static final String PUBLIC = "/api/identity/jwks";
  private static final String MANAGERS_ONLY = "/api/identity/users";
  private static final long USER = 4242;

  @Test
  void aValidTokenIsAcceptedAndTheControlCaseHolds() {
    bearer(
            sign(
                claims(),
                Tokens.signingKey(),
                Tokens.keyId(),
                AlgorithmIdentifiers.RSA_USING_SHA256))
        .get(MANAGERS_ONLY)
        .then()
        .statusCode(200);
  }

  @Test
  void noTokenIs401() {
    assertUnauthorized(given().get(PROTECTED));
  }

  @Test
  void garbageIs401() {
    assertUnauthorized(bearer("not.a.jwt").get(PROTECTED));
    assertUnauthorized(given().header("Authorization", "Bearer ").get(PROTECTED));
  }

  @Test
  void algNoneIs401() {
    String header = base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}");
    String unsigned = header + "." + base64Url(claims().toJson()) + ".";
    assertRefusedEverywhere(unsigned);
  }

  @Test
  void hs256SignedWithThePublicKeyIs401() throws Exception {
    RsaJsonWebKey published = currentPublicKey();
    byte[] der = published.getRsaPublicKey().getEncoded();
    assertRefusedEverywhere(
        sign(claims(), new HmacKey(der), Tokens.keyId(), AlgorithmIdentifiers.HMAC_SHA256));
    String pem =
        "-----BEGIN PUBLIC KEY-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der)
            + "\n-----END PUBLIC KEY-----\n";
    assertRefusedEverywhere(
        sign(
            claims(),
            new HmacKey(pem.getBytes(StandardCharsets.US_ASCII)),
            Tokens.keyId(),
            AlgorithmIdentifiers.HMAC_SHA256));
  }

  @Test
  void expiredIs401() {
    JwtClaims claims = claims();
    claims.setIssuedAt(NumericDate.fromSeconds(NumericDate.now().getValue() - 3600));
    claims.setExpirationTime(NumericDate.fromSeconds(NumericDate.now().getValue() - 600));
    assertRefusedEverywhere(Tokens.sign(claims));
  }

  /**
   * Verified tokens are kept until they expire (plus the 30 s of clock skew the verifier allows):
   * one accepted a moment before its time is refused once that time has passed.
   */
  @Test
  void aTokenAcceptedJustBeforeItExpiresIsRefusedAfterwards() {
    JwtClaims claims = claims();
    claims.setIssuedAt(NumericDate.fromSeconds(NumericDate.now().getValue() - 600));
    claims.setExpirationTime(NumericDate.fromSeconds(NumericDate.now().getValue() - 30 + 5));
    String token = Tokens.sign(claims);
    bearer(token).get(MANAGERS_ONLY).then().statusCode(200);

    Await.until(
        "the token refused past its time",
        Duration.ofSeconds(15),
        () -> bearer(token).get(MANAGERS_ONLY).statusCode() != 200);
    assertUnauthorized(bearer(token).get(MANAGERS_ONLY));
  }

  @Test
  void notYetValidIs401() {
    JwtClaims claims = claims();
    claims.setNotBefore(NumericDate.fromSeconds(NumericDate.now().getValue() + 600));
    assertRefusedEverywhere(Tokens.sign(claims));
  }

  @Test
  void wrongIssuerIs401() {
    JwtClaims claims = claims();
    claims.setIssuer("someone-else");
    assertRefusedEverywhere(Tokens.sign(claims));
  }

  @Test
  void wrongOrMissingAudienceIs401() {
    JwtClaims claims = claims();
    claims.setAudience("another-api");
    assertRefusedEverywhere(Tokens.sign(claims));
    JwtClaims none = claims();
    none.unsetClaim("aud");
    assertRefusedEverywhere(Tokens.sign(none));
  }

  @Test
  void tamperedGroupsAre401() {
    String genuine = Tokens.customer(USER);
    String[] parts = genuine.split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("[\"customer\"]", "[\"manager\"]");
    assertThat(payload).contains("manager");
    String forged = parts[0] + "." + base64Url(payload) + "." + parts[2];

    assertUnauthorized(bearer(forged).get(MANAGERS_ONLY));
    assertRefusedEverywhere(forged);
  }

  @Test
  void aTokenSignedByAnotherKeyIs401() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    PrivateKey stranger = generator.generateKeyPair().getPrivate();
    assertRefusedEverywhere(
        sign(claims(), stranger, Tokens.keyId(), AlgorithmIdentifiers.RSA_USING_SHA256));
    assertRefusedEverywhere(
        sign(claims(), stranger, "unknown-kid", AlgorithmIdentifiers.RSA_USING_SHA256));
  }

  @Test
  void aTokenOfThePreviousSigningKeyStillVerifies() throws Exception {
    String previousKid = previousKeyId();
    assertThat(previousKid).isNotEqualTo(Tokens.keyId());
    String token =
        sign(claims(), previousSigningKey(), previousKid, AlgorithmIdentifiers.RSA_USING_SHA256);

    bearer(token).get(MANAGERS_ONLY).then().statusCode(200);
  }

  @Test
  void aValidTokenWithoutTheRoleIs403() {
    bearer(Tokens.customer(USER))
        .get("/api/identity/users")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/forbidden"))
        .body("status", equalTo(403));
    bearer(Tokens.brand(USER, 3)).post("/api/identity/users/1/disable").then().statusCode(403);
  }

  private static void assertRefusedEverywhere(String token) {
    assertUnauthorized(bearer(token).get(PROTECTED));
    assertUnauthorized(bearer(token).get(PUBLIC));
  }

  private static void assertUnauthorized(Response response) {
    String requestId = response.header("X-Request-ID");
    assertThat(requestId).as("X-Request-ID").isNotBlank();
    response
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", startsWith("Bearer"))
        .body("type", equalTo("/problems/unauthorized"))
        .body("status", equalTo(401))
        .body("instance", equalTo(requestId));
  }

  /** A manager's claims, valid in every respect (tests then break one). */
  private static JwtClaims claims() {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(Tokens.ISSUER);
    claims.setAudience(Tokens.AUDIENCE);
    claims.setSubject(Long.toString(USER));
    claims.setClaim("upn", "attacker@example.test");
    claims.setStringListClaim("groups", List.of("manager"));
    claims.setJwtId(UUID.randomUUID().toString());
    claims.setIssuedAtToNow();
    claims.setExpirationTimeMinutesInTheFuture(15);
    return claims;
  }

  private static String sign(JwtClaims claims, Key key, String kid, String algorithm) {
    try {
      JsonWebSignature jws = new JsonWebSignature();
      jws.setPayload(claims.toJson());
      jws.setKey(key);
      jws.setKeyIdHeaderValue(kid);
      jws.setAlgorithmHeaderValue(algorithm);
      jws.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
      jws.setDoKeyValidation(false);
      return jws.getCompactSerialization();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String base64Url(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static RsaJsonWebKey currentPublicKey() throws Exception {
    JsonWebKeySet keys =
        new JsonWebKeySet(Files.readString(Environment.itDir().resolve("keys/jwks.json")));
    for (JsonWebKey key : keys.getJsonWebKeys()) {
      if (Tokens.keyId().equals(key.getKeyId())) {
        return (RsaJsonWebKey) key;
      }
    }
    throw new AssertionError("current key not in jwks.json");
  }

  private static String previousKeyId() throws Exception {
    Matcher kids =
        Pattern.compile("\"kid\":\"([^\"]+)\"")
            .matcher(Files.readString(Environment.itDir().resolve("keys/jwks.json")));
    assertThat(kids.find()).isTrue();
    assertThat(kids.find()).as("a second, previous key in jwks.json").isTrue();
    return kids.group(1);
  }

  private static PrivateKey previousSigningKey() throws Exception {
    String pem = Files.readString(Environment.itDir().resolve("keys/previous-signing-key.pem"));
    byte[] der =
        Base64.getMimeDecoder()
            .decode(pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").trim());
    return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
  }
}

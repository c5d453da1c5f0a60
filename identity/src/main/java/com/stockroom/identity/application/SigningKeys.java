package com.stockroom.identity.application;

import com.stockroom.common.json.Jsonp;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The token keys, read from configuration at deployment: the private signing key (PEM, PKCS#8) and
 * the JWKS of every public key still accepted. The signing key's {@code kid} is the one of the JWKS
 * entry with the same modulus, so rotation (a new signing key, old public keys kept in the JWKS)
 * needs no further setting. Deployment fails when the keys are missing or do not match.
 *
 * <p>Tokens are signed with the JDK (RS256 is SHA256withRSA over {@code header.payload}); the
 * server's MicroProfile JWT does the verifying.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SigningKeys {

  private static final Logger LOG = Logger.getLogger(SigningKeys.class);
  private static final List<String> PUBLIC_MEMBERS = List.of("kty", "use", "alg", "kid", "n", "e");

  @Inject IdentitySettings settings;

  private RSAPrivateCrtKey signingKey;
  private String keyId;
  private String publicJwks;

  @PostConstruct
  void load() {
    signingKey = readPrivateKey(Path.of(settings.signingKeyLocation()));
    JsonObject jwks = readJwks(Path.of(settings.jwksLocation()));
    JsonArrayBuilder published = Jsonp.createArrayBuilder();
    for (JsonValue value : jwks.getJsonArray("keys")) {
      JsonObject key = value.asJsonObject();
      if (!"RSA".equals(key.getString("kty", null)) || !key.containsKey("n")) {
        continue;
      }
      var publicKey = Jsonp.createObjectBuilder();
      PUBLIC_MEMBERS.stream()
          .filter(key::containsKey)
          .forEach(member -> publicKey.add(member, key.get(member)));
      published.add(publicKey);
      BigInteger modulus = new BigInteger(1, Base64.getUrlDecoder().decode(key.getString("n")));
      if (keyId == null && modulus.equals(signingKey.getModulus())) {
        keyId = key.getString("kid", null);
      }
    }
    if (keyId == null) {
      throw new IllegalStateException(
          "no key in "
              + settings.jwksLocation()
              + " matches the signing key "
              + settings.signingKeyLocation()
              + " (or it has no kid): tokens would not verify");
    }
    publicJwks = Jsonp.createObjectBuilder().add("keys", published).build().toString();
    LOG.infof("signing tokens with key %s", keyId);
  }

  /** The JWKS document with public members only. */
  public String publicJwks() {
    return publicJwks;
  }

  public String keyId() {
    return keyId;
  }

  /** Compact JWS of the claims: RS256, this key's {@code kid}. */
  public String sign(JsonObject claims) {
    String header =
        Jsonp.createObjectBuilder()
            .add("kid", keyId)
            .add("typ", "JWT")
            .add("alg", "RS256")
            .build()
            .toString();
    String signingInput = base64Url(header) + "." + base64Url(claims.toString());
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initSign(signingKey);
      rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput
          + "."
          + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign a token", e);
    }
  }

  private static String base64Url(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static RSAPrivateCrtKey readPrivateKey(Path pem) {
    String text = read(pem);
    if (!text.contains("-----BEGIN PRIVATE KEY-----")) {
      throw new IllegalStateException(pem + " is not a PKCS#8 PEM private key");
    }
    byte[] der =
        Base64.getMimeDecoder()
            .decode(text.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").strip());
    try {
      if (KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der))
          instanceof RSAPrivateCrtKey key) {
        return key;
      }
      throw new IllegalStateException(pem + " is not an RSA private key with CRT parameters");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(pem + " is not an RSA private key", e);
    }
  }

  private static JsonObject readJwks(Path file) {
    try (JsonReader reader = Jsonp.createReader(new StringReader(read(file)))) {
      return reader.readObject();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read token key file " + file, e);
    }
  }
}

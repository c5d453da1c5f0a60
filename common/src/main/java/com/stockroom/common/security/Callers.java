package com.stockroom.common.security;

import com.stockroom.common.problem.ProblemException;
import com.stockroom.common.problem.ProblemType;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Reads the caller from a verified access token: {@code sub} is the user id, {@code upn} the
 * e-mail, {@code groups} the roles and {@code brand_id} the brand of a brand user.
 */
public final class Callers {

  public static final String BRAND_CLAIM = "brand_id";

  private Callers() {}

  public static Caller from(JsonWebToken token) {
    if (token == null || token.getSubject() == null) {
      throw new ProblemException(
          ProblemType.UNAUTHORIZED, "A valid bearer token is required for this resource.");
    }
    long userId;
    try {
      userId = Long.parseLong(token.getSubject());
    } catch (NumberFormatException e) {
      throw new ProblemException(ProblemType.UNAUTHORIZED, "The token's subject is not a user.");
    }
    Object brand = token.getClaim(BRAND_CLAIM);
    Long brandId = null;
    if (brand != null) {
      try {
        brandId = Long.parseLong(brand.toString().replace("\"", ""));
      } catch (NumberFormatException e) {
        throw new ProblemException(ProblemType.UNAUTHORIZED, "The token's brand is malformed.");
      }
    }
    Set<String> groups = token.getGroups() == null ? Set.of() : token.getGroups();
    String email = token.getName() == null ? "" : token.getName();
    return new Caller(userId, email, groups, brandId);
  }
}

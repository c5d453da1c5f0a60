package com.stockroom.identity.application;

import com.stockroom.common.problem.FieldError;
import com.stockroom.common.problem.ProblemException;
import com.stockroom.common.problem.ProblemType;
import jakarta.ejb.ApplicationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A token request the server refuses (RFC 6749 section 5.2). The problem document carries the OAuth
 * {@code error} and {@code error_description} members besides the RFC 9457 ones, so OAuth clients
 * and our own clients both understand it. Does not roll back: a refresh-token replay must leave its
 * family revoked.
 */
@ApplicationException(rollback = false)
public class OAuthException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public static final ProblemType INVALID_GRANT =
      new ProblemType("/problems/invalid-grant", "Invalid grant", 400);
  public static final ProblemType UNSUPPORTED_GRANT_TYPE =
      new ProblemType("/problems/unsupported-grant-type", "Unsupported grant type", 400);

  private OAuthException(
      ProblemType type, String error, String description, Map<String, Object> more) {
    super(
        type, description, members(error, description, more), Map.of("Cache-Control", "no-store"));
  }

  /** Wrong credentials, unknown or disabled user, or a refresh token that is not usable. */
  public static OAuthException invalidGrant(String description) {
    return new OAuthException(INVALID_GRANT, "invalid_grant", description, Map.of());
  }

  public static OAuthException unsupportedGrantType() {
    return new OAuthException(
        UNSUPPORTED_GRANT_TYPE,
        "unsupported_grant_type",
        "grant_type must be password or refresh_token.",
        Map.of());
  }

  /** Missing, repeated or malformed parameters; lists each. */
  public static OAuthException invalidRequest(List<FieldError> errors) {
    String description =
        errors.size() == 1
            ? errors.get(0).field() + ": " + errors.get(0).message()
            : errors.size() + " parameters are invalid.";
    return new OAuthException(
        ProblemType.VALIDATION,
        "invalid_request",
        description,
        Map.of("errors", List.copyOf(errors)));
  }

  private static Map<String, Object> members(
      String error, String description, Map<String, Object> more) {
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("error", error);
    members.put("error_description", description);
    members.putAll(more);
    return members;
  }
}

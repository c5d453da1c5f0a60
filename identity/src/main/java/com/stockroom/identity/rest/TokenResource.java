package com.stockroom.identity.rest;

import com.stockroom.common.problem.FieldError;
import com.stockroom.common.rest.ProblemResponses;
import com.stockroom.identity.application.OAuthException;
import com.stockroom.identity.application.TokenService;
import com.stockroom.identity.application.TokenService.TokenGrant;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The OAuth2-style token endpoint (RFC 6749 password and refresh_token grants) and revocation (RFC
 * 7009). Both accept the standard form encoding and JSON with the same parameter names.
 */
@Path("identity/token")
@ApplicationScoped
@Tag(name = "identity")
public class TokenResource {

  private static final int MAX_PARAMETER_LENGTH = 1024;

  @Inject TokenService tokens;
  @Context HttpServletRequest http;

  @POST
  @PermitAll
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Exchange credentials or a refresh token for tokens (OAuth2 form)",
      description =
          "grant_type=password with username (the e-mail) and password, or"
              + " grant_type=refresh_token with refresh_token. The access token is an RS256 JWT"
              + " (default 15 minutes); the refresh token is opaque, single use (every refresh"
              + " returns a new one) and lives 30 days by default. Presenting a used refresh"
              + " token again revokes its whole session. Errors carry the OAuth error code in"
              + " `error` (invalid_request, invalid_grant, unsupported_grant_type).")
  @APIResponse(
      responseCode = "200",
      description = "Tokens",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TokenResponse.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "/problems/invalid-grant, /problems/unsupported-grant-type or /problems/validation",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  @APIResponse(
      responseCode = "429",
      description = "/problems/too-many-login-attempts, with Retry-After",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public Response tokenFromForm(MultivaluedMap<String, String> form) {
    List<FieldError> errors = new ArrayList<>();
    String grantType = single(form, "grant_type", errors);
    String username = single(form, "username", errors);
    String password = single(form, "password", errors);
    String refreshToken = single(form, "refresh_token", errors);
    if (grantType == null && errors.isEmpty()) {
      errors.add(new FieldError("grant_type", "is required"));
    }
    if (!errors.isEmpty()) {
      throw OAuthException.invalidRequest(errors);
    }
    return token(grantType, username, password, refreshToken);
  }

  @POST
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Exchange credentials or a refresh token for tokens (JSON)",
      description =
          "{username, password} logs in (grant_type defaults to password);"
              + " {grant_type: refresh_token, refresh_token} refreshes. Same answers as the form.")
  @RequestBody(content = @Content(schema = @Schema(implementation = TokenRequest.class)))
  @APIResponse(
      responseCode = "200",
      description = "Tokens",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TokenResponse.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "/problems/invalid-grant, /problems/unsupported-grant-type or /problems/validation",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  @APIResponse(
      responseCode = "429",
      description = "/problems/too-many-login-attempts, with Retry-After",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public Response tokenFromJson(TokenRequest request) {
    if (request == null) {
      throw OAuthException.invalidRequest(
          List.of(new FieldError("request", "a JSON body is required")));
    }
    List<FieldError> errors = new ArrayList<>();
    checkLength("username", request.username(), errors);
    checkLength("password", request.password(), errors);
    checkLength("refresh_token", request.refreshToken(), errors);
    if (!errors.isEmpty()) {
      throw OAuthException.invalidRequest(errors);
    }
    String grantType = request.grantType() == null ? "password" : request.grantType();
    return token(grantType, request.username(), request.password(), request.refreshToken());
  }

  @POST
  @Path("revoke")
  @PermitAll
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(
      summary = "Revoke a refresh token (RFC 7009, form)",
      description =
          "Ends the session the refresh token belongs to. Answers 200 whether or not the token"
              + " was valid. Access tokens cannot be revoked; they expire (15 minutes by default).")
  @APIResponse(responseCode = "200", description = "Revoked, or was not a valid token")
  @APIResponse(
      responseCode = "400",
      description = "/problems/validation: no token",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public Response revokeFromForm(MultivaluedMap<String, String> form) {
    List<FieldError> errors = new ArrayList<>();
    String token = single(form, "token", errors);
    single(form, "token_type_hint", errors);
    return revoke(token, errors);
  }

  @POST
  @Path("revoke")
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Revoke a refresh token (RFC 7009, JSON)")
  @RequestBody(content = @Content(schema = @Schema(implementation = RevokeRequest.class)))
  @APIResponse(responseCode = "200", description = "Revoked, or was not a valid token")
  @APIResponse(
      responseCode = "400",
      description = "/problems/validation: no token",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public Response revokeFromJson(RevokeRequest request) {
    List<FieldError> errors = new ArrayList<>();
    String token = request == null ? null : request.token();
    checkLength("token", token, errors);
    return revoke(token, errors);
  }

  private Response revoke(String token, List<FieldError> errors) {
    if (errors.isEmpty() && (token == null || token.isEmpty())) {
      errors.add(new FieldError("token", "is required"));
    }
    if (!errors.isEmpty()) {
      throw OAuthException.invalidRequest(errors);
    }
    tokens.revoke(token);
    return Response.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").build();
  }

  private Response token(String grantType, String username, String password, String refreshToken) {
    TokenGrant grant =
        switch (grantType) {
          case "password" -> {
            List<FieldError> errors = new ArrayList<>();
            require("username", username, errors);
            require("password", password, errors);
            if (!errors.isEmpty()) {
              throw OAuthException.invalidRequest(errors);
            }
            yield tokens.passwordGrant(username, password, http.getRemoteAddr());
          }
          case "refresh_token" -> {
            List<FieldError> errors = new ArrayList<>();
            require("refresh_token", refreshToken, errors);
            if (!errors.isEmpty()) {
              throw OAuthException.invalidRequest(errors);
            }
            yield tokens.refreshGrant(refreshToken);
          }
          default -> throw OAuthException.unsupportedGrantType();
        };
    return Response.ok(TokenResponse.of(grant))
        .type(MediaType.APPLICATION_JSON_TYPE)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header("Pragma", "no-cache")
        .build();
  }

  /** RFC 6749 3.2: empty means absent, and a parameter must not repeat. */
  private static String single(
      MultivaluedMap<String, String> form, String name, List<FieldError> errors) {
    List<String> values = form == null ? null : form.get(name);
    if (values == null || values.isEmpty()) {
      return null;
    }
    if (values.size() > 1) {
      errors.add(new FieldError(name, "must not be repeated"));
      return null;
    }
    String value = values.get(0);
    checkLength(name, value, errors);
    return value == null || value.isEmpty() ? null : value;
  }

  private static void checkLength(String name, String value, List<FieldError> errors) {
    if (value != null && value.length() > MAX_PARAMETER_LENGTH) {
      errors.add(new FieldError(name, "is longer than " + MAX_PARAMETER_LENGTH + " characters"));
    }
  }

  private static void require(String name, String value, List<FieldError> errors) {
    if (value == null || value.isEmpty()) {
      errors.add(new FieldError(name, "is required"));
    }
  }
}

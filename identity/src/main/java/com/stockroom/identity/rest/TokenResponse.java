package com.stockroom.identity.rest;

import com.stockroom.identity.application.TokenService.TokenGrant;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 6749 section 5.1, hence the snake_case names. */
@Schema(name = "TokenResponse")
@JsonbPropertyOrder({"access_token", "token_type", "expires_in", "refresh_token"})
public record TokenResponse(
    @JsonbProperty("access_token") @Schema(description = "RS256 JWT") String accessToken,
    @JsonbProperty("token_type") @Schema(example = "Bearer") String tokenType,
    @JsonbProperty("expires_in") @Schema(description = "seconds", example = "900") long expiresIn,
    @JsonbProperty("refresh_token") @Schema(description = "opaque, single use")
        String refreshToken) {

  static TokenResponse of(TokenGrant grant) {
    return new TokenResponse(
        grant.accessToken(), "Bearer", grant.expiresInSeconds(), grant.refreshToken());
  }
}

package com.stockroom.identity.rest;

import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The token request as JSON: {@code {username, password}} (grant_type defaults to password), or
 * {@code {grant_type: "refresh_token", refresh_token}}. The form variant has the same names.
 */
@Schema(name = "TokenRequest")
public record TokenRequest(
    @JsonbProperty("grant_type")
        @Schema(
            enumeration = {"password", "refresh_token"},
            defaultValue = "password")
        String grantType,
    @Schema(description = "The e-mail address", example = "ann@example.com") String username,
    String password,
    @JsonbProperty("refresh_token") String refreshToken) {}

package com.stockroom.identity.rest;

import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 7009 as JSON; the form variant has the same names. */
@Schema(name = "RevokeRequest")
public record RevokeRequest(
    @Schema(description = "A refresh token") String token,
    @JsonbProperty("token_type_hint") @Schema(enumeration = {"refresh_token", "access_token"})
        String tokenTypeHint) {}

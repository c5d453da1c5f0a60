package com.stockroom.identity.rest;

import static com.stockroom.identity.rest.RegisterRequest.EMAIL_SHAPE;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A manager creating an account: a manager, a brand user (with its brand) or a customer. The
 * account rules are those of registration.
 */
public record CreateUserRequest(
    @NotBlank
        @Size(max = 254)
        @Pattern(regexp = EMAIL_SHAPE, message = "must be an e-mail address")
        @Schema(example = "buyer@teaco.example")
        String email,
    @NotNull @Size(min = 10, max = 128) String password,
    @NotBlank @Size(max = 200) @Schema(example = "Tea Co buyer") String fullName,
    @NotNull
        @Pattern(regexp = "customer|manager|brand", message = "must be customer, manager or brand")
        @Schema(enumeration = {"customer", "manager", "brand"})
        String role,
    @Pattern(regexp = "[1-9][0-9]{0,17}", message = "must be a brand id")
        @Schema(description = "Required for role brand, refused otherwise", example = "7")
        String brandId) {}

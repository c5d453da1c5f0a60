package com.stockroom.identity.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A merge patch of one's own account: absent (or null) members stay as they are. A new password
 * needs the current one and follows the registration rules.
 */
public record UpdateAccountRequest(
    @Size(min = 1, max = 200) @Schema(example = "Ann Example-Smith") String fullName,
    @Size(min = 10, max = 128) String password,
    @Size(max = 1024) String currentPassword) {}

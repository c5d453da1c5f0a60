package com.stockroom.identity.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A customer signing up. The shape is checked here; the service then applies the account rules (the
 * same limits, a dot in the e-mail's domain, no common password, not the e-mail itself).
 */
public record RegisterRequest(
    @NotBlank
        @Size(max = 254)
        @Pattern(regexp = EMAIL_SHAPE, message = "must be an e-mail address")
        @Schema(example = "ann@example.com")
        String email,
    @NotNull @Size(min = 10, max = 128) @Schema(example = "plum-tractor-harbour") String password,
    @NotBlank @Size(max = 200) @Schema(example = "Ann Example") String fullName) {

  /**
   * What an e-mail field must look like before the account rules look closer; surrounding spaces
   * are allowed (they are trimmed).
   */
  static final String EMAIL_SHAPE = "\\s*[^@\\s]+@[^@\\s]+\\s*";
}

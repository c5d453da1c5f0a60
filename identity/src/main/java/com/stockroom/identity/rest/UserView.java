package com.stockroom.identity.rest;

import com.stockroom.identity.application.UserDetails;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A user as the API shows it; ids are strings. */
@Schema(name = "User")
public record UserView(
    @Schema(example = "42") String id,
    @Schema(example = "ann@example.com") String email,
    @Schema(example = "Ann Example") String fullName,
    @Schema(description = "customer, manager or brand", example = "[\"customer\"]")
        List<String> roles,
    @Schema(description = "The catalog brand of a brand user", example = "7") String brandId,
    boolean enabled,
    Instant createdAt,
    Instant updatedAt,
    Instant lastLoginAt) {

  static UserView of(UserDetails user) {
    return new UserView(
        Long.toString(user.id()),
        user.email(),
        user.fullName(),
        List.of(user.role()),
        user.brandId() == null ? null : Long.toString(user.brandId()),
        user.enabled(),
        user.createdAt(),
        user.updatedAt(),
        user.lastLoginAt());
  }
}

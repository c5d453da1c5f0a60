package com.stockroom.identity.rest;

import com.stockroom.common.rest.OpenApiNames;
import com.stockroom.common.rest.ProblemResponses;
import com.stockroom.common.security.Callers;
import com.stockroom.common.security.Roles;
import com.stockroom.identity.application.AccountService;
import com.stockroom.identity.application.AccountService.AccountChanges;
import com.stockroom.identity.application.TokenService;
import com.stockroom.identity.application.UserDetails;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Registration and the caller's own account. */
@Path("identity")
@ApplicationScoped
@Tag(name = "identity")
public class AccountResource {

  static final String MERGE_PATCH = "application/merge-patch+json";

  @Inject AccountService accounts;
  @Inject TokenService tokens;
  @Inject JsonWebToken jwt;
  @Context UriInfo uri;
  @Context HttpServletRequest http;

  @POST
  @Path("register")
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Register a customer",
      description =
          "E-mails are unique regardless of case. Passwords need "
              + "10 to 128 characters, must not be a common password or the e-mail address.")
  @APIResponse(
      responseCode = "201",
      description = "Registered; Location names the user",
      content = @Content(schema = @Schema(implementation = UserView.class)))
  @APIResponse(
      responseCode = "400",
      description = "/problems/validation with the field errors",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description = "/problems/email-taken",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public Response register(@NotNull @Valid RegisterRequest request) {
    UserDetails user = accounts.register(request.email(), request.password(), request.fullName());
    return Response.created(uri.getBaseUriBuilder().path("identity/users/{id}").build(user.id()))
        .entity(UserView.of(user))
        .build();
  }

  @GET
  @Path("me")
  @RolesAllowed({Roles.CUSTOMER, Roles.MANAGER, Roles.BRAND})
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = OpenApiNames.BEARER)
  @Operation(summary = "The caller's own account")
  @APIResponse(
      responseCode = "200",
      description = "The account",
      content = @Content(schema = @Schema(implementation = UserView.class)))
  @APIResponse(
      responseCode = "401",
      description = "/problems/unauthorized",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  @APIResponse(
      responseCode = "404",
      description = "/problems/not-found: the token's user does not exist",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public UserView me() {
    return UserView.of(accounts.ownAccount(Callers.from(jwt)));
  }

  @PATCH
  @Path("me")
  @RolesAllowed({Roles.CUSTOMER, Roles.MANAGER, Roles.BRAND})
  @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = OpenApiNames.BEARER)
  @Operation(
      summary = "Change the caller's name or password",
      description =
          "A merge patch: absent members stay. A new password needs currentPassword and ends"
              + " every session (all refresh tokens are revoked); access tokens already issued"
              + " stay valid until they expire.")
  @APIResponse(
      responseCode = "200",
      description = "The changed account",
      content = @Content(schema = @Schema(implementation = UserView.class)))
  @APIResponse(
      responseCode = "400",
      description = "/problems/validation (also a wrong currentPassword)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  @APIResponse(
      responseCode = "401",
      description = "/problems/unauthorized",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  @APIResponse(
      responseCode = "403",
      description = "/problems/account-disabled",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  @APIResponse(
      responseCode = "429",
      description = "/problems/too-many-login-attempts (password checks count as logins)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public UserView changeMe(@NotNull @Valid UpdateAccountRequest request) {
    return UserView.of(
        accounts.changeOwnAccount(
            Callers.from(jwt),
            new AccountChanges(request.fullName(), request.password(), request.currentPassword()),
            http.getRemoteAddr()));
  }

  @POST
  @Path("logout")
  @RolesAllowed({Roles.CUSTOMER, Roles.MANAGER, Roles.BRAND})
  @SecurityRequirement(name = OpenApiNames.BEARER)
  @Operation(
      summary = "Log out everywhere",
      description =
          "Revokes every refresh token of the caller. The access token in hand stays valid until"
              + " it expires; to end one session only, revoke its refresh token.")
  @APIResponse(responseCode = "204", description = "Logged out")
  @APIResponse(
      responseCode = "401",
      description = "/problems/unauthorized",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public Response logout() {
    tokens.logout(Callers.from(jwt));
    return Response.noContent().build();
  }
}

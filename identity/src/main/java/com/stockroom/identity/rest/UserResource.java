package com.stockroom.identity.rest;

import com.stockroom.common.paging.Page;
import com.stockroom.common.paging.PageRequest;
import com.stockroom.common.problem.ProblemException;
import com.stockroom.common.problem.ValidationProblem;
import com.stockroom.common.rest.OpenApiNames;
import com.stockroom.common.rest.PageLinks;
import com.stockroom.common.rest.ProblemResponses;
import com.stockroom.common.rest.QueryParams;
import com.stockroom.common.security.Callers;
import com.stockroom.common.security.Roles;
import com.stockroom.identity.application.UserAdministrationService;
import com.stockroom.identity.application.UserDetails;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff administration of accounts (managers only). */
@Path("identity/users")
@ApplicationScoped
@Tag(name = "identity")
@RolesAllowed(Roles.MANAGER)
@SecurityRequirement(name = OpenApiNames.BEARER)
@APIResponse(
    responseCode = "401",
    description = "/problems/unauthorized",
    content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
@APIResponse(
    responseCode = "403",
    description = "/problems/forbidden: not a manager",
    content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
public class UserResource {

  private static final int MAX_QUERY_LENGTH = 100;

  @Inject UserAdministrationService administration;
  @Inject JsonWebToken jwt;
  @Context UriInfo uri;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "List and search users",
      description =
          "Filter by role (role=customer lists customers), enabled, and q (part of the e-mail or"
              + " name, case-insensitive). Ordered by id. Link headers point to the next and"
              + " previous pages.")
  @APIResponse(responseCode = "200", description = "A page of users")
  @APIResponse(
      responseCode = "400",
      description = "/problems/validation: a parameter is invalid (size above 100 too)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public Response list(
      @QueryParam("role")
          @Parameter(schema = @Schema(enumeration = {"customer", "manager", "brand"}))
          String role,
      @QueryParam("enabled") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) String enabled,
      @QueryParam("q") String text,
      @QueryParam("page") @Parameter(description = "1-based, default 1") String page,
      @QueryParam("size") @Parameter(description = "1 to 100, default 20") String size) {
    QueryParams params = new QueryParams();
    String parsedRole = params.optionalText("role", role, MAX_QUERY_LENGTH);
    if (parsedRole != null && !Roles.ALL.contains(parsedRole)) {
      params.reject("role", "must be one of " + String.join(", ", Roles.ALL));
    }
    Boolean parsedEnabled = params.optionalBoolean("enabled", enabled);
    String parsedText = params.optionalText("q", text, MAX_QUERY_LENGTH);
    PageRequest pageRequest = null;
    try {
      pageRequest = PageRequest.parse(page, size);
    } catch (ValidationProblem invalid) {
      invalid.errors().forEach(error -> params.reject(error.field(), error.message()));
    }
    params.throwIfInvalid();
    Page<UserView> result =
        administration.search(parsedRole, parsedEnabled, parsedText, pageRequest).map(UserView::of);
    return Response.ok(result).links(PageLinks.of(uri, result)).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Create a user",
      description =
          "Creates a manager, a brand user (brandId names its catalog brand; identity does not"
              + " check that the brand exists) or a customer, with a password the user should"
              + " change.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the user",
      content = @Content(schema = @Schema(implementation = UserView.class)))
  @APIResponse(
      responseCode = "400",
      description = "/problems/validation",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description = "/problems/email-taken",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public Response create(@NotNull @Valid CreateUserRequest request) {
    UserDetails user =
        administration.create(
            Callers.from(jwt),
            request.email(),
            request.password(),
            request.fullName(),
            request.role(),
            request.brandId() == null ? null : Long.valueOf(request.brandId()));
    return Response.created(uri.getAbsolutePathBuilder().path("{id}").build(user.id()))
        .entity(UserView.of(user))
        .build();
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One user")
  @APIResponse(
      responseCode = "200",
      description = "The user",
      content = @Content(schema = @Schema(implementation = UserView.class)))
  @APIResponse(
      responseCode = "404",
      description = "/problems/not-found",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public UserView find(@PathParam("id") String id) {
    return UserView.of(administration.find(userId(id)));
  }

  @POST
  @Path("{id}/disable")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Disable a user",
      description =
          "From this moment the user can neither log in nor refresh (all refresh tokens are"
              + " revoked). An access token already issued stays valid until it expires: at most"
              + " the access-token lifetime, 15 minutes by default.")
  @APIResponse(
      responseCode = "200",
      description = "The disabled user",
      content = @Content(schema = @Schema(implementation = UserView.class)))
  @APIResponse(
      responseCode = "404",
      description = "/problems/not-found",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description = "/problems/cannot-disable-self",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public UserView disable(@PathParam("id") String id) {
    return UserView.of(administration.disable(Callers.from(jwt), userId(id)));
  }

  @POST
  @Path("{id}/enable")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Enable a disabled user")
  @APIResponse(
      responseCode = "200",
      description = "The enabled user",
      content = @Content(schema = @Schema(implementation = UserView.class)))
  @APIResponse(
      responseCode = "404",
      description = "/problems/not-found",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public UserView enable(@PathParam("id") String id) {
    return UserView.of(administration.enable(Callers.from(jwt), userId(id)));
  }

  private static long userId(String raw) {
    try {
      long id = Long.parseLong(raw);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException notANumber) {
      // falls through: such a user cannot exist
    }
    throw ProblemException.notFound("The user");
  }
}

package com.stockroom.catalog.rest;

import com.stockroom.catalog.application.CategoryRequest;
import com.stockroom.catalog.application.CategoryView;
import com.stockroom.catalog.application.TaxonomyService;
import com.stockroom.common.paging.Page;
import com.stockroom.common.paging.PageRequest;
import com.stockroom.common.rest.MergePatchReader;
import com.stockroom.common.rest.OpenApiNames;
import com.stockroom.common.rest.PageLinks;
import com.stockroom.common.rest.ProblemResponses;
import com.stockroom.common.security.Caller;
import com.stockroom.common.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The category tree: anyone reads it, staff shape it. */
@Path("/catalog/categories")
@ApplicationScoped
@Tag(name = "catalog")
@Produces(MediaType.APPLICATION_JSON)
public class CategoryResource {

  @Inject JsonWebToken token;

  @Context SecurityContext security;

  @Inject TaxonomyService taxonomy;

  @GET
  @PermitAll
  @Operation(
      summary = "List categories",
      description = "Flat, by name; parentId links each to its parent (absent at the top).")
  @APIResponse(responseCode = "200", description = "A page of categories")
  @APIResponse(
      responseCode = "400",
      description = "Invalid paging (/problems/validation)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public Response listCategories(
      @QueryParam("page") String page, @QueryParam("size") String size, @Context UriInfo uri) {
    Page<CategoryView> result = taxonomy.categories(PageRequest.parse(page, size), user());
    return Response.ok(result).links(PageLinks.of(uri, result)).build();
  }

  @GET
  @Path("{id}")
  @PermitAll
  @Operation(summary = "A category")
  @APIResponse(
      responseCode = "200",
      description = "The category",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CategoryView.class)))
  @APIResponse(responseCode = "404", description = "No such category")
  public CategoryView getCategory(@PathParam("id") String id) {
    return taxonomy.category(Requests.id(id, "Category"), user());
  }

  @POST
  @RolesAllowed(Roles.MANAGER)
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = OpenApiNames.BEARER)
  @Operation(summary = "Create a category, at the top or under parentId")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CategoryView.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid fields (/problems/validation)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  @APIResponse(responseCode = "403", description = "Not staff")
  @APIResponse(
      responseCode = "409",
      description = "A sibling has that name (/problems/name-taken)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public Response createCategory(@Valid @NotNull CategoryRequest body) {
    CategoryView created = taxonomy.createCategory(body, Requests.caller(token));
    return Response.created(URI.create("/api/catalog/categories/" + created.id()))
        .entity(created)
        .build();
  }

  @PATCH
  @Path("{id}")
  @RolesAllowed(Roles.MANAGER)
  @Consumes({MergePatchReader.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  @SecurityRequirement(name = OpenApiNames.BEARER)
  @Operation(
      summary = "Rename or move a category (JSON merge patch of name, parentId)",
      description = "parentId null moves it to the top; a move into its own subtree is a 400.")
  @APIResponse(responseCode = "200", description = "The category as changed")
  @APIResponse(
      responseCode = "400",
      description = "Invalid members (/problems/validation)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  @APIResponse(responseCode = "403", description = "Not staff")
  @APIResponse(responseCode = "404", description = "No such category")
  @APIResponse(
      responseCode = "409",
      description = "A sibling has that name (/problems/name-taken)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public CategoryView updateCategory(
      @PathParam("id") String id,
      @RequestBody(
              description = "A JSON merge patch: absent members stay, null clears",
              content =
                  @Content(
                      mediaType = MergePatchReader.MEDIA_TYPE,
                      schema = @Schema(type = SchemaType.OBJECT)))
          @NotNull
          JsonObject body) {
    return taxonomy.updateCategory(Requests.id(id, "Category"), body, Requests.caller(token));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed(Roles.MANAGER)
  @SecurityRequirement(name = OpenApiNames.BEARER)
  @Operation(summary = "Delete an empty category")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "403", description = "Not staff")
  @APIResponse(responseCode = "404", description = "No such category")
  @APIResponse(
      responseCode = "409",
      description = "It has sub-categories or products (/problems/in-use)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public Response deleteCategory(@PathParam("id") String id) {
    taxonomy.deleteCategory(Requests.id(id, "Category"), Requests.caller(token));
    return Response.noContent().build();
  }

  private String user() {
    return Requests.optionalCaller(security, token)
        .map(Caller::userId)
        .map(String::valueOf)
        .orElse(null);
  }
}

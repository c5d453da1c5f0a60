package com.stockroom.catalog.rest;

import com.stockroom.catalog.application.BrandRequest;
import com.stockroom.catalog.application.BrandView;
import com.stockroom.catalog.application.TaxonomyService;
import com.stockroom.common.paging.Page;
import com.stockroom.common.paging.PageRequest;
import com.stockroom.common.rest.MergePatchReader;
import com.stockroom.common.rest.OpenApiNames;
import com.stockroom.common.rest.PageLinks;
import com.stockroom.common.rest.ProblemResponses;
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

/** Brands: anyone reads their names; staff (and the brand itself) see the contact e-mail. */
@Path("/catalog/brands")
@ApplicationScoped
@Tag(name = "catalog")
@Produces(MediaType.APPLICATION_JSON)
public class BrandResource {

  @Inject JsonWebToken token;

  @Context SecurityContext security;

  @Inject TaxonomyService taxonomy;

  @GET
  @PermitAll
  @Operation(summary = "List brands", description = "By name; contactEmail for staff only.")
  @APIResponse(responseCode = "200", description = "A page of brands")
  @APIResponse(
      responseCode = "400",
      description = "Invalid paging (/problems/validation)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public Response listBrands(
      @QueryParam("page") String page, @QueryParam("size") String size, @Context UriInfo uri) {
    Page<BrandView> result =
        taxonomy.brands(
            PageRequest.parse(page, size), Requests.optionalCaller(security, token).orElse(null));
    return Response.ok(result).links(PageLinks.of(uri, result)).build();
  }

  @GET
  @Path("{id}")
  @PermitAll
  @Operation(summary = "A brand")
  @APIResponse(
      responseCode = "200",
      description = "The brand",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = BrandView.class)))
  @APIResponse(responseCode = "404", description = "No such brand")
  public BrandView getBrand(@PathParam("id") String id) {
    return taxonomy.brand(
        Requests.id(id, "Brand"), Requests.optionalCaller(security, token).orElse(null));
  }

  @POST
  @RolesAllowed(Roles.MANAGER)
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = OpenApiNames.BEARER)
  @Operation(summary = "Create a brand with its contact e-mail")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = BrandView.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid fields (/problems/validation)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  @APIResponse(responseCode = "403", description = "Not staff")
  @APIResponse(
      responseCode = "409",
      description = "The name is taken (/problems/name-taken)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public Response createBrand(@Valid @NotNull BrandRequest body) {
    BrandView created = taxonomy.createBrand(body, Requests.caller(token));
    return Response.created(URI.create("/api/catalog/brands/" + created.id()))
        .entity(created)
        .build();
  }

  @PATCH
  @Path("{id}")
  @RolesAllowed(Roles.MANAGER)
  @Consumes({MergePatchReader.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  @SecurityRequirement(name = OpenApiNames.BEARER)
  @Operation(summary = "Rename a brand or change its contact (JSON merge patch)")
  @APIResponse(responseCode = "200", description = "The brand as changed")
  @APIResponse(
      responseCode = "400",
      description = "Invalid members (/problems/validation)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  @APIResponse(responseCode = "403", description = "Not staff")
  @APIResponse(responseCode = "404", description = "No such brand")
  public BrandView updateBrand(
      @PathParam("id") String id,
      @RequestBody(
              description = "A JSON merge patch: absent members stay, null clears",
              content =
                  @Content(
                      mediaType = MergePatchReader.MEDIA_TYPE,
                      schema = @Schema(type = SchemaType.OBJECT)))
          @NotNull
          JsonObject body) {
    return taxonomy.updateBrand(Requests.id(id, "Brand"), body, Requests.caller(token));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed(Roles.MANAGER)
  @SecurityRequirement(name = OpenApiNames.BEARER)
  @Operation(summary = "Delete a brand without products")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "403", description = "Not staff")
  @APIResponse(responseCode = "404", description = "No such brand")
  @APIResponse(
      responseCode = "409",
      description = "It has products (/problems/in-use)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public Response deleteBrand(@PathParam("id") String id) {
    taxonomy.deleteBrand(Requests.id(id, "Brand"), Requests.caller(token));
    return Response.noContent().build();
  }
}

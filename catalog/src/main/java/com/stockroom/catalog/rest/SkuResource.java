package com.stockroom.catalog.rest;

import com.stockroom.catalog.application.ProductService;
import com.stockroom.catalog.application.SkuDetails;
import com.stockroom.common.rest.MergePatchReader;
import com.stockroom.common.rest.OpenApiNames;
import com.stockroom.common.rest.ProblemResponses;
import com.stockroom.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff work on single SKUs by code: price, attributes, thresholds, external fulfilment. */
@Path("/catalog/skus/{sku}")
@ApplicationScoped
@Tag(name = "catalog")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MANAGER)
@SecurityRequirement(name = OpenApiNames.BEARER)
public class SkuResource {

  @Inject JsonWebToken token;

  @Inject ProductService products;

  @GET
  @Operation(summary = "A SKU, staff view")
  @APIResponse(
      responseCode = "200",
      description = "The SKU",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SkuDetails.class)))
  @APIResponse(responseCode = "403", description = "Not staff")
  @APIResponse(responseCode = "404", description = "No such SKU")
  public SkuDetails getSku(@PathParam("sku") String sku) {
    return products.sku(sku, Requests.caller(token));
  }

  @PATCH
  @Consumes({MergePatchReader.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  @Operation(
      summary = "Change a SKU (JSON merge patch)",
      description =
          "Members: price {amount, currency (the product's)}, attributes (replaces them all),"
              + " alert {quantity, critical} (null clears), externallyFulfilled. Raising a"
              + " threshold above the available stock publishes a low-stock alert.")
  @APIResponse(
      responseCode = "200",
      description = "The SKU as changed",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SkuDetails.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid members (/problems/validation)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  @APIResponse(responseCode = "403", description = "Not staff")
  @APIResponse(responseCode = "404", description = "No such SKU")
  @APIResponse(
      responseCode = "409",
      description = "The attributes clash with another variant's (/problems/variant-conflict)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public SkuDetails updateSku(
      @PathParam("sku") String sku,
      @RequestBody(
              description = "A JSON merge patch: absent members stay, null clears",
              content =
                  @Content(
                      mediaType = MergePatchReader.MEDIA_TYPE,
                      schema = @Schema(type = SchemaType.OBJECT)))
          @NotNull
          JsonObject body) {
    return products.updateSku(sku, body, Requests.caller(token));
  }

  @DELETE
  @Operation(
      summary = "Delete a SKU (soft)",
      description = "Not sold any more; kept for history and orders. A product keeps one live SKU.")
  @APIResponse(responseCode = "204", description = "Deleted (also when it already was)")
  @APIResponse(responseCode = "403", description = "Not staff")
  @APIResponse(responseCode = "404", description = "No such SKU")
  @APIResponse(
      responseCode = "409",
      description = "It is the product's last live SKU (/problems/last-sku)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public Response deleteSku(@PathParam("sku") String sku) {
    products.deleteSku(sku, Requests.caller(token));
    return Response.noContent().build();
  }

  @POST
  @Path("restore")
  @Operation(summary = "Restore a deleted SKU")
  @APIResponse(
      responseCode = "200",
      description = "The SKU, live again",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SkuDetails.class)))
  @APIResponse(responseCode = "403", description = "Not staff")
  @APIResponse(responseCode = "404", description = "No such SKU")
  @APIResponse(
      responseCode = "409",
      description = "Its attributes clash with a live variant's (/problems/variant-conflict)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public SkuDetails restoreSku(@PathParam("sku") String sku) {
    return products.restoreSku(sku, Requests.caller(token));
  }
}

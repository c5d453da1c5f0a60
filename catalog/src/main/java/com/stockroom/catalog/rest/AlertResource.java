package com.stockroom.catalog.rest;

import com.stockroom.catalog.application.StockService;
import com.stockroom.common.paging.PageRequest;
import com.stockroom.common.rest.OpenApiNames;
import com.stockroom.common.rest.ProblemResponses;
import com.stockroom.common.rest.QueryParams;
import com.stockroom.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Low-stock alerts tripped now. */
@Path("/catalog/alerts")
@ApplicationScoped
@Tag(name = "catalog")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MANAGER, Roles.BRAND})
@SecurityRequirement(name = OpenApiNames.BEARER)
public class AlertResource {

  @Inject JsonWebToken token;

  @Inject StockService stock;

  @GET
  @Operation(
      summary = "SKUs whose low-stock alert is tripped, critical first, then most recent",
      description =
          "Items have the shape of the inventory.low_stock event's items (created_at: when the"
              + " alert tripped at its level) plus level (LOW or CRITICAL). Staff see all; a"
              + " brand user its own SKUs.")
  @APIResponse(
      responseCode = "200",
      description = "A page of tripped alerts",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "alerts",
                      value =
                          "{\"items\":[{\"id\":\"77\",\"sku\":\"TEA-ASSAM-100\",\"name\":\"Assam"
                              + " tea\",\"brand\":\"Leafy\",\"price\":{\"amount\":450,"
                              + "\"currency\":\"EUR\"},\"quantity\":2,\"alert\":{\"quantity\":10,"
                              + "\"critical\":3},\"created_at\":\"2026-11-22T10:15:30Z\","
                              + "\"level\":\"CRITICAL\"}],\"page\":1,\"size\":20,"
                              + "\"totalItems\":1,\"totalPages\":1}")))
  @APIResponse(
      responseCode = "400",
      description = "Invalid paging (/problems/validation)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  @APIResponse(responseCode = "403", description = "Neither staff nor a brand")
  public JsonObject listAlerts(@QueryParam("page") String page, @QueryParam("size") String size) {
    QueryParams params = new QueryParams();
    PageRequest paging = StockResource.paging(params, page, size);
    params.throwIfInvalid();
    return stock.alerts(paging, Requests.caller(token));
  }
}

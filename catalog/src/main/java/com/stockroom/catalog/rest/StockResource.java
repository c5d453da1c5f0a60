package com.stockroom.catalog.rest;

import com.stockroom.catalog.application.ConsistencyReport;
import com.stockroom.catalog.application.MovementView;
import com.stockroom.catalog.application.PostMovementRequest;
import com.stockroom.catalog.application.SnapshotRun;
import com.stockroom.catalog.application.StockService;
import com.stockroom.catalog.application.StockView;
import com.stockroom.common.paging.Page;
import com.stockroom.common.paging.PageRequest;
import com.stockroom.common.problem.FieldError;
import com.stockroom.common.problem.ValidationProblem;
import com.stockroom.common.rest.OpenApiNames;
import com.stockroom.common.rest.PageLinks;
import com.stockroom.common.rest.ProblemResponses;
import com.stockroom.common.rest.QueryParams;
import com.stockroom.common.security.Roles;
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
import java.net.URI;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Live stock, movements and the ledger, for staff and brands (a brand user sees and restocks only
 * its own brand's SKUs), and the ledger's snapshots and consistency check for staff.
 */
@Path("/catalog/stock")
@ApplicationScoped
@Tag(name = "catalog")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MANAGER, Roles.BRAND})
@SecurityRequirement(name = OpenApiNames.BEARER)
public class StockResource {

  @Inject JsonWebToken token;

  @Inject StockService stock;

  @GET
  @Operation(
      summary = "Stock of live SKUs, by code",
      description = "Staff see all (or one brand's with brand=); a brand user its own.")
  @APIResponse(responseCode = "200", description = "A page of stock levels")
  @APIResponse(
      responseCode = "400",
      description = "Invalid paging or brand (/problems/validation)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  @APIResponse(responseCode = "403", description = "Another brand's stock")
  public Response listStock(
      @Parameter(description = "Brand id") @QueryParam("brand") String brand,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @Context UriInfo uri) {
    QueryParams params = new QueryParams();
    Long brandId = params.optionalLong("brand", brand, 1, Long.MAX_VALUE);
    PageRequest paging = paging(params, page, size);
    params.throwIfInvalid();
    Page<StockView> result = stock.list(brandId, paging, Requests.caller(token));
    return Response.ok(result).links(PageLinks.of(uri, result)).build();
  }

  @GET
  @Path("{sku}")
  @Operation(summary = "Live stock of a SKU: on hand, held for carts, available to sell")
  @APIResponse(
      responseCode = "200",
      description = "The SKU's stock",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = StockView.class)))
  @APIResponse(responseCode = "403", description = "Another brand's SKU")
  @APIResponse(responseCode = "404", description = "No such SKU")
  public StockView getStock(@PathParam("sku") String sku) {
    return stock.stock(sku, Requests.caller(token));
  }

  @GET
  @Path("{sku}/ledger")
  @Operation(
      summary = "A SKU's ledger, newest first",
      description =
          "Every change of on hand or held units, with reason, reference, actor, time and"
              + " balances after it. By page, or by the cursor of a previous page's next link.")
  @APIResponse(responseCode = "200", description = "A page of ledger rows")
  @APIResponse(
      responseCode = "400",
      description = "Invalid paging or cursor (/problems/validation)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  @APIResponse(responseCode = "403", description = "Another brand's SKU")
  @APIResponse(responseCode = "404", description = "No such SKU")
  public Response getLedger(
      @PathParam("sku") String sku,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("after") String after,
      @Context UriInfo uri) {
    QueryParams params = new QueryParams();
    String cursor = params.optionalText("after", after, 100);
    if (cursor != null && page != null && !page.isBlank()) {
      params.reject("page", "cannot be combined with after");
    }
    PageRequest paging = paging(params, page, size);
    params.throwIfInvalid();
    Page<MovementView> result = stock.ledger(sku, paging, cursor, Requests.caller(token));
    return Response.ok(result).links(PageLinks.of(uri, result)).build();
  }

  @POST
  @Path("movements")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Post a stock movement",
      description =
          "deltaQuantity changes the units on hand; reason is restock (positive), adjustment"
              + " (either sign), sale (negative), cancellation or return (positive). A brand user"
              + " may only restock its own SKUs. Taking more than is available to sell is a 409"
              + " listing the short line; nothing changes.")
  @APIResponse(
      responseCode = "201",
      description = "The ledger row written",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MovementView.class),
              examples =
                  @ExampleObject(
                      name = "restock",
                      value =
                          "{\"id\":\"981\",\"sku\":\"TEA-ASSAM-100\",\"deltaQuantity\":24,"
                              + "\"reservedDelta\":0,\"reason\":\"RESTOCK\",\"note\":\"pallet 7\","
                              + "\"actor\":\"user:12\",\"balanceAfter\":40,\"reservedAfter\":3,"
                              + "\"createdAt\":\"2026-11-22T10:15:30Z\"}")))
  @APIResponse(
      responseCode = "400",
      description = "Invalid fields (/problems/validation)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  @APIResponse(responseCode = "403", description = "Another brand's SKU, or a brand not restocking")
  @APIResponse(responseCode = "404", description = "No such SKU")
  @APIResponse(
      responseCode = "409",
      description = "Not enough available (/problems/insufficient-stock, with shortLines)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  @APIResponse(
      responseCode = "503",
      description = "The SKU is busy (/problems/lock-timeout); retry after Retry-After",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public Response postMovement(@Valid @NotNull PostMovementRequest body) {
    MovementView movement = stock.post(body, Requests.caller(token));
    return Response.created(URI.create("/api/catalog/stock/movements/" + movement.id()))
        .entity(movement)
        .build();
  }

  @GET
  @Path("movements/{id}")
  @Operation(summary = "One ledger row")
  @APIResponse(
      responseCode = "200",
      description = "The ledger row",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MovementView.class)))
  @APIResponse(responseCode = "404", description = "No such movement (or another brand's)")
  public MovementView getMovement(@PathParam("id") String id) {
    return stock.movement(Requests.id(id, "Movement"), Requests.caller(token));
  }

  @POST
  @Path("snapshots")
  @RolesAllowed(Roles.MANAGER)
  @Operation(
      summary = "Snapshot stock now",
      description =
          "Records, for every SKU that moved since its last snapshot, its balances and last"
              + " ledger row; taken under each SKU's lock, so it always matches the ledger. Runs"
              + " periodically too.")
  @APIResponse(
      responseCode = "201",
      description = "The snapshot run",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SnapshotRun.class)))
  @APIResponse(responseCode = "403", description = "Not staff")
  public Response takeSnapshot() {
    SnapshotRun run = stock.snapshot(Requests.caller(token));
    return Response.status(Response.Status.CREATED).entity(run).build();
  }

  @GET
  @Path("consistency")
  @RolesAllowed(Roles.MANAGER)
  @Operation(
      summary = "Check the ledger against every SKU's stock",
      description =
          "For every SKU, in one consistent view: on hand and held units equal the latest"
              + " snapshot plus the movements after it and the last ledger row's balances, held"
              + " units equal the active holds, and nothing is negative.")
  @APIResponse(
      responseCode = "200",
      description = "The report; consistent is false when any SKU failed",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ConsistencyReport.class)))
  @APIResponse(responseCode = "403", description = "Not staff")
  public ConsistencyReport checkConsistency() {
    return stock.check(Requests.caller(token));
  }

  static PageRequest paging(QueryParams params, String page, String size) {
    try {
      return PageRequest.parse(page, size);
    } catch (ValidationProblem problem) {
      for (FieldError error : problem.errors()) {
        params.reject(error.field(), error.message());
      }
      return new PageRequest(1, PageRequest.DEFAULT_SIZE);
    }
  }
}

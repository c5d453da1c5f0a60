package com.stockroom.orders.rest;

import com.stockroom.common.paging.PageRequest;
import com.stockroom.common.problem.FieldError;
import com.stockroom.common.problem.ValidationProblem;
import com.stockroom.common.rest.OpenApiNames;
import com.stockroom.common.rest.ProblemResponses;
import com.stockroom.common.rest.QueryParams;
import com.stockroom.common.security.Caller;
import com.stockroom.common.security.Callers;
import com.stockroom.common.security.Roles;
import com.stockroom.orders.application.OrderPlacement;
import com.stockroom.orders.application.OrderQueries;
import com.stockroom.orders.application.OrderService;
import com.stockroom.orders.application.OrderView;
import com.stockroom.orders.application.ReturnView;
import com.stockroom.orders.domain.OrderStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Orders: placing them (safe to retry), reading the history, the workflow, cancels, returns. */
@Path("/orders/orders")
@ApplicationScoped
@Tag(name = "orders")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = OpenApiNames.BEARER)
public class OrderResource {

  private static final String ORDER_EXAMPLE =
      "{\"id\":\"42\",\"customerId\":\"7\",\"status\":\"WAITING\",\"lines\":[{\"sku\":"
          + "\"TEA-ASSAM-250\",\"productId\":\"3\",\"name\":\"Assam tea\",\"quantity\":2,"
          + "\"unitPrice\":{\"amount\":450,\"currency\":\"EUR\"},\"lineTotal\":{\"amount\":900,"
          + "\"currency\":\"EUR\"},\"returnedQuantity\":0}],\"total\":{\"amount\":900,"
          + "\"currency\":\"EUR\"},\"placedAt\":\"2026-11-22T10:15:30Z\",\"updatedAt\":"
          + "\"2026-11-22T10:15:30Z\",\"history\":[{\"kind\":\"PLACED\",\"to\":\"WAITING\","
          + "\"at\":\"2026-11-22T10:15:30Z\",\"by\":\"user:7\"}],\"returns\":[],\"version\":1}";

  @Inject JsonWebToken token;

  @Context UriInfo uriInfo;

  @Inject OrderPlacement placement;

  @Inject OrderService orders;

  @Inject OrderQueries queries;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CUSTOMER)
  @Operation(
      summary = "Place an order",
      description =
          "Orders the given lines, or with {\"fromCart\": true} everything in the caller's cart"
              + " (its holds become the order; items the external reservation service has not"
              + " answered for yet stop it). All or nothing: every SKU is locked, every line"
              + " checked, and either the whole order is taken from stock or nothing changes."
              + " Prices are copied into the order. The Idempotency-Key header is required:"
              + " repeating it (with the same body) returns the first answer, byte for byte,"
              + " and never makes a second order, even while the first is still running.")
  @Parameter(
      name = Requests.IDEMPOTENCY_KEY,
      in = ParameterIn.HEADER,
      required = true,
      description = "Unique per order (e.g. a UUID), the same on every retry; kept 48 hours",
      schema = @Schema(type = SchemaType.STRING, maxLength = 255))
  @APIResponse(
      responseCode = "201",
      description = "The order (also on replays, with Idempotent-Replayed: true)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OrderView.class),
              examples = @ExampleObject(name = "order", value = ORDER_EXAMPLE)))
  @APIResponse(
      responseCode = "400",
      description =
          "Invalid body or Idempotency-Key, a SKU named twice, quantities outside 1..1000"
              + " (/problems/validation)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  @APIResponse(responseCode = "401", description = "No valid token (/problems/unauthorized)")
  @APIResponse(responseCode = "403", description = "Not a customer (/problems/forbidden)")
  @APIResponse(
      responseCode = "409",
      description =
          "Short stock, with shortLines [{sku, requested, available}] (/problems/insufficient-stock);"
              + " empty cart (/problems/cart-empty); cart items still pending, with Retry-After"
              + " (/problems/reservation-pending) or refused (/problems/reservation-failed)."
              + " Nothing was changed.",
      content =
          @Content(
              mediaType = ProblemResponses.MEDIA_TYPE,
              examples =
                  @ExampleObject(
                      name = "short",
                      value =
                          "{\"type\":\"/problems/insufficient-stock\",\"title\":\"Insufficient"
                              + " stock\",\"status\":409,\"detail\":\"Only 1 of TEA-ASSAM-250"
                              + " available.\",\"instance\":\"5f0c...\",\"shortLines\":[{\"sku\":"
                              + "\"TEA-ASSAM-250\",\"requested\":2,\"available\":1}]}")))
  @APIResponse(
      responseCode = "422",
      description =
          "Unknown SKUs (/problems/unknown-sku), SKUs no longer sold (/problems/not-for-sale),"
              + " externally reserved SKUs outside the cart (/problems/reservation-required),"
              + " the key reused with another body (/problems/idempotency-key-reused)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  @APIResponse(
      responseCode = "503",
      description =
          "Stock rows busy past the lock timeout, or the key's first request still running;"
              + " Retry-After says when to retry (/problems/lock-timeout)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public Response placeOrder(
      @HeaderParam(Requests.IDEMPOTENCY_KEY) String idempotencyKey,
      @Valid @NotNull PlaceOrderRequest body) {
    Caller caller = Callers.from(token);
    return Requests.of(
        placement.place(caller, Requests.idempotencyKey(idempotencyKey), body.toCommand()));
  }

  @GET
  @RolesAllowed({Roles.CUSTOMER, Roles.MANAGER})
  @Operation(
      summary = "Order history, newest first",
      description =
          "A customer sees their own orders; staff see everybody's and may narrow to one"
              + " customer. Served by the read replica while it shows the caller's own latest"
              + " change, else by the primary.")
  @APIResponse(
      responseCode = "200",
      description = "A page of orders; a Link header carries the next and prev pages",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OrderPage.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid status, paging or customerId (/problems/validation)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  @APIResponse(responseCode = "401", description = "No valid token (/problems/unauthorized)")
  @APIResponse(responseCode = "403", description = "Neither customer nor staff")
  public Response listOrders(
      @Parameter(
              description = "Only orders in this status",
              schema =
                  @Schema(
                      enumeration = {"WAITING", "PREPARATION", "READY", "DELIVERED", "CANCELLED"}))
          @QueryParam("status")
          String status,
      @Parameter(description = "Staff only: one customer's orders") @QueryParam("customerId")
          String customerId,
      @Parameter(description = "1-based page") @QueryParam("page") String page,
      @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size")
          String size) {
    Caller caller = Callers.from(token);
    QueryParams params = new QueryParams();
    OrderStatus wanted = params.optionalEnum("status", status, OrderStatus.class);
    Long customer = params.optionalLong("customerId", customerId, 1, Long.MAX_VALUE);
    if (customer != null && !caller.isManager()) {
      params.reject("customerId", "is for staff only; customers see their own orders");
    }
    PageRequest paging = paging(params, page, size);
    params.throwIfInvalid();
    OrderPage result = OrderPage.of(queries.history(caller, wanted, customer, paging));
    Response.ResponseBuilder response = Response.ok(result);
    if (result.page() < result.totalPages()) {
      response.links(pageLink(result.page() + 1, "next"));
    }
    if (result.page() > 1 && result.totalPages() > 0) {
      response.links(pageLink(Math.min(result.page() - 1, result.totalPages()), "prev"));
    }
    return response.build();
  }

  private Link pageLink(int page, String rel) {
    return Link.fromUriBuilder(uriInfo.getRequestUriBuilder().replaceQueryParam("page", page))
        .rel(rel)
        .build();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.CUSTOMER, Roles.MANAGER})
  @Operation(
      summary = "One order",
      description = "A customer's own order, or any order for staff. The ETag is its version.")
  @APIResponse(
      responseCode = "200",
      description = "The order",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OrderView.class),
              examples = @ExampleObject(name = "order", value = ORDER_EXAMPLE)))
  @APIResponse(responseCode = "401", description = "No valid token (/problems/unauthorized)")
  @APIResponse(
      responseCode = "404",
      description = "No such order, or another customer's (/problems/not-found)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public Response getOrder(@PathParam("id") String id) {
    OrderView order = queries.order(Callers.from(token), Requests.id(id, "Order"));
    return Response.ok(order).header(HttpHeaders.ETAG, Requests.etag(order.version())).build();
  }

  @PATCH
  @Path("{id}/status")
  @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
  @RolesAllowed(Roles.MANAGER)
  @Operation(
      summary = "Move an order along its workflow (staff)",
      description =
          "WAITING → PREPARATION → READY → DELIVERED, PREPARATION → WAITING, and CANCELLED"
              + " from WAITING or PREPARATION (which puts the stock back). Any other move is a"
              + " 409 naming the allowed ones. If-Match with the order's ETag guards against"
              + " acting on a stale view (412).")
  @APIResponse(
      responseCode = "200",
      description = "The order after the move",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OrderView.class)))
  @APIResponse(
      responseCode = "400",
      description = "Unknown status or malformed If-Match (/problems/validation)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  @APIResponse(responseCode = "403", description = "Not staff (/problems/forbidden)")
  @APIResponse(
      responseCode = "404",
      description = "No such order (/problems/not-found)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description =
          "Move not allowed from the current status; allowed lists the moves that are"
              + " (/problems/transition-not-allowed)",
      content =
          @Content(
              mediaType = ProblemResponses.MEDIA_TYPE,
              examples =
                  @ExampleObject(
                      name = "refused",
                      value =
                          "{\"type\":\"/problems/transition-not-allowed\",\"title\":\"Status"
                              + " change not allowed\",\"status\":409,\"detail\":\"An order in"
                              + " READY can move to DELIVERED, not to WAITING.\",\"instance\":"
                              + "\"5f0c...\",\"currentStatus\":\"READY\",\"allowed\":[\"DELIVERED\"]}")))
  @APIResponse(
      responseCode = "412",
      description = "The order changed since the ETag in If-Match (/problems/precondition-failed)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public Response changeStatus(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull ChangeStatusRequest body) {
    Caller caller = Callers.from(token);
    long orderId = Requests.id(id, "Order");
    QueryParams params = new QueryParams();
    OrderStatus to = params.optionalEnum("status", body.status(), OrderStatus.class);
    params.throwIfInvalid();
    OrderView order =
        orders.changeStatus(caller, orderId, to, body.note(), Requests.expectedVersion(ifMatch));
    return Response.ok(order).header(HttpHeaders.ETAG, Requests.etag(order.version())).build();
  }

  @POST
  @Path("{id}/cancel")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CUSTOMER, Roles.MANAGER})
  @Operation(
      summary = "Cancel an order",
      description =
          "While it is WAITING or in PREPARATION: a customer their own order, staff any. The"
              + " stock goes back on hand through the ledger. The body is optional.")
  @APIResponse(
      responseCode = "200",
      description = "The cancelled order",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OrderView.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such order, or another customer's (/problems/not-found)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description = "Too late to cancel (/problems/transition-not-allowed)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public Response cancelOrder(@PathParam("id") String id, @Valid CancelOrderRequest body) {
    Caller caller = Callers.from(token);
    OrderView order =
        orders.cancel(caller, Requests.id(id, "Order"), body == null ? null : body.reason());
    return Response.ok(order).header(HttpHeaders.ETAG, Requests.etag(order.version())).build();
  }

  @POST
  @Path("{id}/returns")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.MANAGER)
  @Operation(
      summary = "Record a return (staff)",
      description =
          "Units of a delivered order's lines that came back; with restock they go back on"
              + " hand through the ledger. Each line at most what was sold and not yet returned.")
  @APIResponse(
      responseCode = "201",
      description = "The recorded return",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReturnView.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "Invalid lines: unknown to the order, repeated, or too many (/problems/validation)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  @APIResponse(responseCode = "403", description = "Not staff (/problems/forbidden)")
  @APIResponse(
      responseCode = "404",
      description = "No such order (/problems/not-found)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description = "The order is not delivered (/problems/order-not-delivered)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public Response recordReturn(
      @PathParam("id") String id, @Valid @NotNull RecordReturnRequest body) {
    long orderId = Requests.id(id, "Order");
    ReturnView recorded =
        orders.recordReturn(
            Callers.from(token),
            orderId,
            body.lines().stream().map(OrderLineRequest::toLine).toList(),
            body.restock(),
            body.note());
    return Response.created(URI.create("orders/orders/" + orderId + "/returns/" + recorded.id()))
        .entity(recorded)
        .build();
  }

  @GET
  @Path("{id}/returns/{returnId}")
  @RolesAllowed({Roles.CUSTOMER, Roles.MANAGER})
  @Operation(summary = "One return of an order")
  @APIResponse(
      responseCode = "200",
      description = "The return",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReturnView.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such order or return (/problems/not-found)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public ReturnView getReturn(@PathParam("id") String id, @PathParam("returnId") String returnId) {
    return queries.returned(
        Callers.from(token), Requests.id(id, "Order"), Requests.id(returnId, "Return"));
  }

  private static PageRequest paging(QueryParams params, String page, String size) {
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

package com.stockroom.orders.rest;

import com.stockroom.common.rest.OpenApiNames;
import com.stockroom.common.rest.ProblemResponses;
import com.stockroom.common.security.Callers;
import com.stockroom.common.security.Roles;
import com.stockroom.orders.application.CartChange;
import com.stockroom.orders.application.CartItemView;
import com.stockroom.orders.application.CartService;
import com.stockroom.orders.application.CartView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's cart. Checkout is placing an order with {@code {"fromCart": true}} ({@code POST
 * /api/orders/orders}), so that it shares the order's idempotency.
 */
@Path("/orders/cart")
@ApplicationScoped
@Tag(name = "orders")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CUSTOMER)
@SecurityRequirement(name = OpenApiNames.BEARER)
public class CartResource {

  /** Relative to the API base: the runtime resolves it against /api/. */
  private static final String ITEMS = "orders/cart/items/";

  @Inject JsonWebToken token;

  @Inject CartService carts;

  @GET
  @Operation(
      summary = "The caller's cart",
      description =
          "Items with today's prices and their state: HELD until expiresAt (our stock set aside),"
              + " EXPIRED (checkout tries again), PENDING (the external reservation service has"
              + " not answered yet), RESERVED (with reservationId) or FAILED (with"
              + " failureReason). A customer without a cart gets an empty one.")
  @APIResponse(
      responseCode = "200",
      description = "The cart",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CartView.class),
              examples =
                  @ExampleObject(
                      name = "cart",
                      value =
                          "{\"id\":\"12\",\"items\":[{\"id\":\"31\",\"sku\":\"TEA-ASSAM-250\","
                              + "\"name\":\"Assam tea\",\"quantity\":2,\"unitPrice\":{\"amount\":"
                              + "450,\"currency\":\"EUR\"},\"lineTotal\":{\"amount\":900,"
                              + "\"currency\":\"EUR\"},\"state\":\"HELD\",\"expiresAt\":"
                              + "\"2026-11-22T10:30:30Z\",\"addedAt\":\"2026-11-22T10:15:30Z\"}],"
                              + "\"total\":{\"amount\":900,\"currency\":\"EUR\"},\"updatedAt\":"
                              + "\"2026-11-22T10:15:30Z\"}")))
  @APIResponse(responseCode = "401", description = "No valid token (/problems/unauthorized)")
  @APIResponse(responseCode = "403", description = "Not a customer (/problems/forbidden)")
  public CartView getCart() {
    return carts.view(Callers.from(token));
  }

  @POST
  @Path("items")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Put a SKU in the cart",
      description =
          "Our own stock is held at once for the configured time (15 minutes unless configured):"
              + " 201 with the item HELD. A SKU fulfilled by the external reservation service"
              + " answers at once with 202 and the item PENDING; the cart shows the reservation"
              + " id, or the failure, when the service has answered.")
  @APIResponse(
      responseCode = "201",
      description = "The held item",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CartItemView.class)))
  @APIResponse(
      responseCode = "202",
      description = "The item, PENDING until the external reservation service answers",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CartItemView.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid SKU or quantity (/problems/validation)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description =
          "Not enough available, with shortLines (/problems/insufficient-stock); the SKU is"
              + " in the cart already, with itemId (/problems/already-in-cart); 100 SKUs in the"
              + " cart (/problems/cart-full)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  @APIResponse(
      responseCode = "422",
      description = "Unknown SKU (/problems/unknown-sku) or not for sale (/problems/not-for-sale)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  @APIResponse(
      responseCode = "503",
      description =
          "Busy (/problems/lock-timeout, with Retry-After), or no reservation service"
              + " configured for an external SKU (/problems/reservations-unavailable)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public Response addItem(@Valid @NotNull AddCartItemRequest body) {
    CartChange change = carts.add(Callers.from(token), body.sku().trim(), body.quantity());
    return (change.pending()
            ? Response.accepted(change.item())
            : Response.status(Response.Status.CREATED).entity(change.item()))
        .location(URI.create(ITEMS + change.item().id()))
        .build();
  }

  @GET
  @Path("items/{itemId}")
  @Operation(summary = "One item of the caller's cart")
  @APIResponse(
      responseCode = "200",
      description = "The item",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CartItemView.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such item in the caller's cart (/problems/not-found)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public CartItemView getItem(@PathParam("itemId") String itemId) {
    return carts.item(Callers.from(token), Requests.id(itemId, "Cart item"));
  }

  @PATCH
  @Path("items/{itemId}")
  @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
  @Operation(
      summary = "Change an item's quantity",
      description =
          "A held item is held again for the new quantity with a fresh expiry, all or nothing:"
              + " if the stock is not there, the old hold stays (409). An external item is asked"
              + " for again (202), also at the same quantity after a failure.")
  @APIResponse(
      responseCode = "200",
      description = "The item",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CartItemView.class)))
  @APIResponse(
      responseCode = "202",
      description = "The external item, PENDING again",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CartItemView.class)))
  @APIResponse(
      responseCode = "400",
      description = "Quantity outside 1..1000 (/problems/validation)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  @APIResponse(
      responseCode = "404",
      description = "No such item in the caller's cart (/problems/not-found)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description = "Not enough available (/problems/insufficient-stock)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public Response changeItem(
      @PathParam("itemId") String itemId, @Valid @NotNull ChangeCartItemRequest body) {
    CartChange change =
        carts.changeQuantity(
            Callers.from(token), Requests.id(itemId, "Cart item"), body.quantity());
    return (change.pending() ? Response.accepted(change.item()) : Response.ok(change.item()))
        .build();
  }

  @DELETE
  @Path("items/{itemId}")
  @Operation(
      summary = "Take an item out of the cart",
      description = "Its hold is given back at once.")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(
      responseCode = "404",
      description = "No such item in the caller's cart (/problems/not-found)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public Response removeItem(@PathParam("itemId") String itemId) {
    carts.remove(Callers.from(token), Requests.id(itemId, "Cart item"));
    return Response.noContent().build();
  }
}

package com.stockroom.orders.rest;

import com.stockroom.common.rest.OpenApiNames;
import com.stockroom.common.rest.ProblemResponses;
import com.stockroom.common.security.Callers;
import com.stockroom.common.security.Roles;
import com.stockroom.orders.application.OrderFeed;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The live order feed (server-sent events). */
@Path("/orders/events")
@ApplicationScoped
@Tag(name = "orders")
@SecurityRequirement(name = OpenApiNames.BEARER)
public class OrderFeedResource {

  @Inject JsonWebToken token;

  @Inject OrderFeed feed;

  @GET
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @RolesAllowed({Roles.CUSTOMER, Roles.MANAGER})
  @Operation(
      summary = "Follow orders live (server-sent events)",
      description =
          "Staff get every order's events, customers their own: order.placed,"
              + " order.status_changed, order.cancelled and order.returned, each with the"
              + " payload of the matching notification. Each event has an id; a client that"
              + " reconnects with Last-Event-ID (browsers do it by themselves) first gets every"
              + " event after it, then the live ones, with no gap and no repeat. Without it, the"
              + " feed starts with the next event.")
  @APIResponse(
      responseCode = "200",
      description = "The event stream",
      content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS))
  @APIResponse(
      responseCode = "400",
      description = "A Last-Event-ID this feed never issued (/problems/validation)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  @APIResponse(responseCode = "401", description = "No valid token (/problems/unauthorized)")
  public void follow(
      @Parameter(description = "The id of the last event received, to resume after it")
          @HeaderParam("Last-Event-ID")
          String lastEventId,
      @Context SseEventSink sink,
      @Context Sse sse) {
    feed.subscribe(Callers.from(token), lastEventId, sink, sse);
  }
}

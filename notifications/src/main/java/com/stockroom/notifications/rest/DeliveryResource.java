package com.stockroom.notifications.rest;

import com.stockroom.common.paging.Page;
import com.stockroom.common.paging.PageRequest;
import com.stockroom.common.problem.ProblemException;
import com.stockroom.common.rest.OpenApiNames;
import com.stockroom.common.rest.ProblemResponses;
import com.stockroom.common.rest.QueryParams;
import com.stockroom.common.security.Callers;
import com.stockroom.common.security.Roles;
import com.stockroom.notifications.api.DeliveryChannel;
import com.stockroom.notifications.api.DeliveryLog;
import com.stockroom.notifications.api.DeliveryQuery;
import com.stockroom.notifications.api.DeliveryStatus;
import com.stockroom.notifications.api.DeliverySummary;
import com.stockroom.notifications.api.DeliveryView;
import com.stockroom.notifications.api.EventTypes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The delivery log: every message of every event, its attempts, and retry of dead ones. */
@Path("notifications/deliveries")
@ApplicationScoped
@Tag(name = "notifications")
@RolesAllowed(Roles.MANAGER)
@SecurityRequirement(name = OpenApiNames.BEARER)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(
    responseCode = "401",
    description = "No valid bearer token (/problems/unauthorized)",
    content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
@APIResponse(
    responseCode = "403",
    description = "Not a manager (/problems/forbidden)",
    content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
public class DeliveryResource {

  private static final int MAX_FILTER_LENGTH = 320;

  @Inject JsonWebToken jwt;

  @Inject DeliveryLog log;

  @GET
  @Operation(
      summary = "List deliveries, newest first",
      description =
          "Filters combine. The list is read from the read replica and may trail the newest"
              + " changes by a fraction of a second.")
  @APIResponse(
      responseCode = "200",
      description = "One page",
      content = @Content(schema = @Schema(implementation = Page.class)))
  @APIResponse(
      responseCode = "400",
      description = "A bad filter, page or size (/problems/validation)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public Page<DeliveryView> listDeliveries(
      @Parameter(description = "pending, retrying, delivered, delivered_to_log or dead")
          @QueryParam("status")
          String status,
      @Parameter(description = "event type, e.g. order.placed") @QueryParam("type") String type,
      @Parameter(description = "part of the e-mail address or webhook URL, any case")
          @QueryParam("recipient")
          String recipient,
      @Parameter(description = "email or webhook") @QueryParam("channel") String channel,
      @Parameter(description = "deliveries of one event") @QueryParam("eventId") String eventId,
      @Parameter(description = "deliveries to one webhook subscription")
          @QueryParam("subscriptionId")
          String subscriptionId,
      @Parameter(description = "1-based page") @QueryParam("page") String page,
      @Parameter(description = "1 to 100, default 20") @QueryParam("size") String size) {
    QueryParams params = new QueryParams();
    DeliveryStatus wantedStatus = params.optionalEnum("status", status, DeliveryStatus.class);
    String wantedType = params.optionalText("type", type, 64);
    if (wantedType != null
        && !EventTypes.PUBLISHABLE.contains(wantedType)
        && !EventTypes.WEBHOOK_TEST.equals(wantedType)) {
      params.reject("type", "is not an event type");
    }
    String wantedRecipient = params.optionalText("recipient", recipient, MAX_FILTER_LENGTH);
    DeliveryChannel wantedChannel = params.optionalEnum("channel", channel, DeliveryChannel.class);
    UUID wantedEvent = null;
    if (eventId != null && !eventId.isBlank()) {
      try {
        wantedEvent = UUID.fromString(eventId.trim());
      } catch (IllegalArgumentException e) {
        params.reject("eventId", "must be an event id (a UUID)");
      }
    }
    Long wantedSubscription =
        params.optionalLong("subscriptionId", subscriptionId, 1, Long.MAX_VALUE);
    PageRequest request = Paging.parse(params, page, size);
    return log.list(
        Callers.from(jwt),
        new DeliveryQuery(
            wantedStatus,
            wantedType,
            wantedRecipient,
            wantedChannel,
            wantedEvent,
            wantedSubscription),
        request);
  }

  @GET
  @Path("summary")
  @Operation(summary = "Count deliveries by status, and how long the oldest has waited")
  @APIResponse(
      responseCode = "200",
      description = "The summary",
      content = @Content(schema = @Schema(implementation = DeliverySummary.class)))
  public DeliverySummary deliverySummary() {
    return log.summary(Callers.from(jwt));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Read one delivery with every attempt")
  @APIResponse(
      responseCode = "200",
      description = "The delivery and its attempts, oldest first",
      content = @Content(schema = @Schema(implementation = DeliveryView.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such delivery (/problems/not-found)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public DeliveryView findDelivery(@PathParam("id") String id) {
    return log.find(Callers.from(jwt), PathIds.parse(id, "Delivery"))
        .orElseThrow(() -> ProblemException.notFound("Delivery " + id));
  }

  @POST
  @Path("{id}/retry")
  @Operation(
      summary = "Retry a dead delivery",
      description = "A fresh round of attempts, the first one at once.")
  @APIResponse(
      responseCode = "202",
      description = "Queued: the delivery, now PENDING",
      content = @Content(schema = @Schema(implementation = DeliveryView.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such delivery (/problems/not-found)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description =
          "Not DEAD (/problems/delivery-not-dead), or its webhook subscription is paused"
              + " (/problems/webhook-subscription-paused) or deleted"
              + " (/problems/webhook-subscription-deleted)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public Response retryDelivery(@PathParam("id") String id) {
    return Response.accepted(log.retry(Callers.from(jwt), PathIds.parse(id, "Delivery"))).build();
  }
}

package com.stockroom.notifications.rest;

import com.stockroom.common.paging.Page;
import com.stockroom.common.paging.PageRequest;
import com.stockroom.common.problem.ProblemException;
import com.stockroom.common.rest.OpenApiNames;
import com.stockroom.common.rest.ProblemResponses;
import com.stockroom.common.rest.QueryParams;
import com.stockroom.common.security.Callers;
import com.stockroom.common.security.Roles;
import com.stockroom.notifications.api.NewWebhookSubscription;
import com.stockroom.notifications.api.TestEventSent;
import com.stockroom.notifications.api.WebhookStatus;
import com.stockroom.notifications.api.WebhookSubscriptionChanges;
import com.stockroom.notifications.api.WebhookSubscriptionView;
import com.stockroom.notifications.api.WebhookSubscriptions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Webhook subscriptions: integrators' endpoints that receive signed event POSTs. */
@Path("notifications/webhooks")
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
public class WebhookSubscriptionResource {

  private static final String NOT_FOUND = "No such subscription (/problems/not-found)";
  private static final String DELETED =
      "The subscription was deleted (/problems/webhook-subscription-deleted)";

  @Inject JsonWebToken jwt;

  @Inject WebhookSubscriptions subscriptions;

  @Context UriInfo uriInfo;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Register a webhook subscription",
      description =
          "Every event of the named types is POSTed to the URL with the headers Stockroom-Event,"
              + " Stockroom-Event-Id and Stockroom-Signature (t=<unix time>,v1=<hex HMAC-SHA256"
              + " of \"t.body\" keyed with the secret>). The answer carries the secret; it is"
              + " never shown again. Non-2xx answers and timeouts are retried with exponential"
              + " backoff; after the last attempt the delivery is DEAD, and after several dead"
              + " deliveries in a row the subscription pauses.")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = NewWebhookSubscription.class),
              examples =
                  @ExampleObject(
                      name = "low stock",
                      value =
                          "{\"url\": \"https://erp.example.com/hooks/stockroom\", \"eventTypes\":"
                              + " [\"inventory.low_stock\", \"inventory.out_of_stock\"],"
                              + " \"description\": \"ERP purchasing\"}")))
  @APIResponse(
      responseCode = "201",
      description = "Registered; the body has the signing secret",
      content = @Content(schema = @Schema(implementation = WebhookSubscriptionView.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid url, eventTypes or description (/problems/validation)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public Response createWebhookSubscription(NewWebhookSubscription request) {
    WebhookSubscriptionView created = subscriptions.create(Callers.from(jwt), request);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id()).build())
        .entity(created)
        .build();
  }

  @GET
  @Operation(summary = "List webhook subscriptions (not deleted), oldest first")
  @APIResponse(
      responseCode = "200",
      description = "One page",
      content = @Content(schema = @Schema(implementation = Page.class)))
  @APIResponse(
      responseCode = "400",
      description = "Bad page, size or status (/problems/validation)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public Page<WebhookSubscriptionView> listWebhookSubscriptions(
      @Parameter(description = "active or paused", schema = @Schema(type = SchemaType.STRING))
          @QueryParam("status")
          String status,
      @Parameter(description = "1-based page") @QueryParam("page") String page,
      @Parameter(description = "1 to 100, default 20") @QueryParam("size") String size) {
    QueryParams params = new QueryParams();
    WebhookStatus wanted = params.optionalEnum("status", status, WebhookStatus.class);
    PageRequest request = Paging.parse(params, page, size);
    return subscriptions.list(Callers.from(jwt), wanted, request);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Read a webhook subscription (deleted ones show deletedAt)")
  @APIResponse(
      responseCode = "200",
      description = "The subscription, without its secret",
      content = @Content(schema = @Schema(implementation = WebhookSubscriptionView.class)))
  @APIResponse(
      responseCode = "404",
      description = NOT_FOUND,
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public WebhookSubscriptionView findWebhookSubscription(@PathParam("id") String id) {
    long subscriptionId = PathIds.parse(id, "Webhook subscription");
    return subscriptions
        .find(Callers.from(jwt), subscriptionId)
        .orElseThrow(() -> ProblemException.notFound("Webhook subscription " + id));
  }

  @PATCH
  @Path("{id}")
  @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
  @Operation(
      summary = "Change a webhook subscription",
      description = "Merge semantics: members left out keep their value.")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = WebhookSubscriptionChanges.class),
              examples =
                  @ExampleObject(
                      name = "more types",
                      value =
                          "{\"eventTypes\": [\"order.placed\", \"order.status_changed\","
                              + " \"order.cancelled\"]}")))
  @APIResponse(
      responseCode = "200",
      description = "The changed subscription",
      content = @Content(schema = @Schema(implementation = WebhookSubscriptionView.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid member (/problems/validation)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  @APIResponse(
      responseCode = "404",
      description = NOT_FOUND,
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description = DELETED,
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public WebhookSubscriptionView updateWebhookSubscription(
      @PathParam("id") String id, WebhookSubscriptionChanges changes) {
    return subscriptions.update(
        Callers.from(jwt), PathIds.parse(id, "Webhook subscription"), changes);
  }

  @DELETE
  @Path("{id}")
  @Operation(
      summary = "Delete a webhook subscription",
      description =
          "Nothing more is sent to it; its waiting deliveries end DEAD. It stays readable with"
              + " deletedAt. Deleting it again changes nothing.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(
      responseCode = "404",
      description = NOT_FOUND,
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public Response deleteWebhookSubscription(@PathParam("id") String id) {
    subscriptions.delete(Callers.from(jwt), PathIds.parse(id, "Webhook subscription"));
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/pause")
  @Operation(
      summary = "Pause a webhook subscription",
      description = "Its deliveries wait, and go out when it is resumed.")
  @APIResponse(
      responseCode = "200",
      description = "Paused",
      content = @Content(schema = @Schema(implementation = WebhookSubscriptionView.class)))
  @APIResponse(
      responseCode = "404",
      description = NOT_FOUND,
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description = DELETED,
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public WebhookSubscriptionView pauseWebhookSubscription(@PathParam("id") String id) {
    return subscriptions.pause(Callers.from(jwt), PathIds.parse(id, "Webhook subscription"));
  }

  @POST
  @Path("{id}/resume")
  @Operation(
      summary = "Resume a webhook subscription",
      description =
          "Its held deliveries go out at once and its dead streak starts again from zero. Dead"
              + " deliveries stay dead until retried.")
  @APIResponse(
      responseCode = "200",
      description = "Active",
      content = @Content(schema = @Schema(implementation = WebhookSubscriptionView.class)))
  @APIResponse(
      responseCode = "404",
      description = NOT_FOUND,
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description = DELETED,
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public WebhookSubscriptionView resumeWebhookSubscription(@PathParam("id") String id) {
    return subscriptions.resume(Callers.from(jwt), PathIds.parse(id, "Webhook subscription"));
  }

  @POST
  @Path("{id}/test")
  @Operation(
      summary = "Send a test event to a webhook subscription",
      description =
          "Publishes a webhook.test event addressed to this subscription only, delivered,"
              + " signed and retried like any other; follow it in the delivery log.")
  @APIResponse(
      responseCode = "202",
      description = "Queued; Location is its delivery log",
      content = @Content(schema = @Schema(implementation = TestEventSent.class)))
  @APIResponse(
      responseCode = "404",
      description = NOT_FOUND,
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description =
          "Deleted (/problems/webhook-subscription-deleted) or paused"
              + " (/problems/webhook-subscription-paused)",
      content = @Content(mediaType = ProblemResponses.MEDIA_TYPE))
  public Response sendWebhookTestEvent(@PathParam("id") String id) {
    TestEventSent sent =
        subscriptions.sendTestEvent(Callers.from(jwt), PathIds.parse(id, "Webhook subscription"));
    return Response.accepted(sent)
        .location(
            uriInfo
                .getBaseUriBuilder()
                .path("notifications/deliveries")
                .queryParam("eventId", sent.eventId())
                .build())
        .build();
  }
}

package com.stockroom.notifications.application;

import com.stockroom.common.json.Jsonp;
import com.stockroom.notifications.api.OutboundEvent;
import com.stockroom.notifications.persistence.OutboxEvent;
import com.stockroom.notifications.persistence.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;

/** Writes an event row in the current transaction and asks for a dispatch after its commit. */
@ApplicationScoped
public class OutboxWriter {

  @Inject OutboxRepository outbox;

  @Inject DispatchAfterCommit dispatch;

  private final Clock clock = Clock.systemUTC();

  /**
   * @param subscriptionId the one webhook subscription to address, or {@code null} for every
   *     subscriber of the type
   */
  public UUID append(OutboundEvent event, Long subscriptionId) {
    UUID id = UUID.randomUUID();
    outbox.add(
        new OutboxEvent(
            id,
            event.type(),
            event.subject(),
            event.payload().toString(),
            Jsonp.createArrayBuilder(event.recipients().emails()).build().toString(),
            event.recipients().staff(),
            subscriptionId,
            clock.instant()));
    dispatch.request();
    return id;
  }
}

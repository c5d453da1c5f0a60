package com.stockroom.notifications.application;

import com.stockroom.notifications.api.EventPublisher;
import com.stockroom.notifications.api.EventTypes;
import com.stockroom.notifications.api.OutboundEvent;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * The transactional outbox. It runs only inside the caller's transaction, so the event row commits
 * or rolls back with the caller's change; delivery starts after the commit.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Outbox implements EventPublisher {

  static final int MAX_SUBJECT_LENGTH = 200;

  @Inject OutboxWriter writer;

  @Override
  public UUID publish(OutboundEvent event) {
    // A publisher's bug, not a client's: it fails the publisher's transaction loudly.
    if (!EventTypes.PUBLISHABLE.contains(event.type())) {
      throw new IllegalArgumentException("unknown event type " + event.type());
    }
    if (event.subject().isBlank() || event.subject().length() > MAX_SUBJECT_LENGTH) {
      throw new IllegalArgumentException("event subject must be 1 to 200 characters");
    }
    return writer.append(event, null);
  }
}

package com.stockroom.notifications.api;

import jakarta.ejb.Local;
import java.util.UUID;

/** The transactional outbox: an event is delivered if and only if the caller's change commits. */
@Local
public interface EventPublisher {

  /**
   * Writes the event to the outbox inside the caller's transaction, which must exist (the
   * implementation is {@code MANDATORY}): a rollback publishes nothing, a commit is never lost.
   *
   * @return the event id that every delivery carries, so receivers can deduplicate
   */
  UUID publish(OutboundEvent event);
}

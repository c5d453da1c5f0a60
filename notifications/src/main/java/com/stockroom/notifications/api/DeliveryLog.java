package com.stockroom.notifications.api;

import com.stockroom.common.paging.Page;
import com.stockroom.common.paging.PageRequest;
import com.stockroom.common.security.Caller;
import jakarta.ejb.Local;
import java.util.Optional;

/** What staff see of delivery and what they can do about it. Managers only. */
@Local
public interface DeliveryLog {

  /** Newest first. */
  Page<DeliveryView> list(Caller caller, DeliveryQuery query, PageRequest page);

  /** One delivery with every attempt. */
  Optional<DeliveryView> find(Caller caller, long deliveryId);

  /**
   * Gives a DEAD delivery a fresh round of attempts, the first one at once.
   *
   * @return the delivery, now PENDING
   */
  DeliveryView retry(Caller caller, long deliveryId);

  DeliverySummary summary(Caller caller);
}

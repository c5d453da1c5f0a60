package com.stockroom.notifications.application;

import com.stockroom.common.problem.ProblemException;
import com.stockroom.common.problem.ProblemType;
import com.stockroom.common.security.Caller;

/** The module's kinds of problems, and the one access rule of its staff operations. */
public final class NotificationProblems {

  public static final ProblemType DELIVERY_NOT_DEAD =
      new ProblemType("/problems/delivery-not-dead", "Delivery is not dead", 409);
  public static final ProblemType SUBSCRIPTION_PAUSED =
      new ProblemType("/problems/webhook-subscription-paused", "Webhook subscription paused", 409);
  public static final ProblemType SUBSCRIPTION_DELETED =
      new ProblemType(
          "/problems/webhook-subscription-deleted", "Webhook subscription deleted", 409);

  private NotificationProblems() {}

  static void requireManager(Caller caller) {
    if (caller == null || !caller.isManager()) {
      throw ProblemException.forbidden("Only managers may do this.");
    }
  }
}

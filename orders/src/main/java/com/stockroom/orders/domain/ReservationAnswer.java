package com.stockroom.orders.domain;

/**
 * How the external reservation service's answer to one attempt counts: a reservation, a refusal
 * that asking again cannot change, or a failure worth another attempt.
 */
public sealed interface ReservationAnswer {

  /** The service reserved the units under this id. */
  record Reserved(String reservationId) implements ReservationAnswer {}

  /** The service refused for good (e.g. it has none left); the reason is shown to the customer. */
  record Refused(String reason) implements ReservationAnswer {}

  /** Timeouts, connection failures, overload and server errors: try again later. */
  record Retry(String reason) implements ReservationAnswer {}

  /**
   * Classifies an HTTP answer.
   *
   * @param reservationId the answer's {@code reservation_id}, or {@code null} when absent
   * @param message what the answer's body says, for the reason (may be {@code null})
   */
  static ReservationAnswer of(int status, String reservationId, String message) {
    String detail = message == null || message.isBlank() ? "" : ": " + message;
    if (status >= 200 && status < 300) {
      return reservationId == null || reservationId.isBlank()
          ? new Refused("the reservation service answered without a reservation_id")
          : new Reserved(reservationId);
    }
    if (status == 408 || status == 425 || status == 429 || status >= 500) {
      return new Retry("the reservation service answered " + status + detail);
    }
    return new Refused("the reservation service refused (" + status + ")" + detail);
  }
}

package com.stockroom.notifications.application;

import com.stockroom.notifications.api.AttemptOutcome;

/**
 * What a channel made of one send.
 *
 * @param statusCode the receiver's HTTP status, when it answered
 * @param error why it failed, when it did
 * @param permanent waiting cannot fix the failure (malformed address, unrenderable payload)
 */
public record SendResult(
    AttemptOutcome outcome, Integer statusCode, String error, boolean permanent) {

  static SendResult delivered(Integer statusCode) {
    return new SendResult(AttemptOutcome.DELIVERED, statusCode, null, false);
  }

  static SendResult deliveredToLog() {
    return new SendResult(AttemptOutcome.DELIVERED_TO_LOG, null, null, false);
  }

  static SendResult failed(Integer statusCode, String error) {
    return new SendResult(AttemptOutcome.FAILED, statusCode, error, false);
  }

  static SendResult failedForGood(String error) {
    return new SendResult(AttemptOutcome.FAILED, null, error, true);
  }
}

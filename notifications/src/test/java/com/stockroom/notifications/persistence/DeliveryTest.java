package com.stockroom.notifications.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stockroom.notifications.api.AttemptOutcome;
import com.stockroom.notifications.api.DeliveryStatus;
import com.stockroom.notifications.domain.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeliveryTest {

  private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
  private final RetryPolicy policy =
      new RetryPolicy(3, Duration.ofSeconds(10), Duration.ofMinutes(5));
  private final OutboxEvent event =
      new OutboxEvent(UUID.randomUUID(), "order.placed", "order:1", "{}", "[]", false, null, T0);

  @Test
  void aNewDeliveryIsDueAtOnceAndAClaimHoldsItForTheLease() {
    Delivery delivery = Delivery.email(event, "ann@example.test", T0);
    assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
    assertThat(delivery.nextAttemptAt()).isEqualTo(T0);

    UUID token = delivery.claim(T0.plusSeconds(60));
    assertThat(delivery.isClaimedBy(token)).isTrue();
    assertThat(delivery.isClaimedBy(UUID.randomUUID())).isFalse();
    assertThat(delivery.dueAt()).isEqualTo(T0.plusSeconds(60));
    assertThat(delivery.nextAttemptAt()).isNull();
  }

  @Test
  void failuresRetryWithBackoffUntilTheRoundIsExhaustedThenTheDeliveryIsDead() {
    Delivery delivery = Delivery.email(event, "ann@example.test", T0);
    delivery.claim(T0.plusSeconds(60));
    DeliveryAttempt first = delivery.recordAttempt(failed(T0), false, policy, 0.0);
    assertThat(first.number()).isEqualTo(1);
    assertThat(delivery.status()).isEqualTo(DeliveryStatus.RETRYING);
    assertThat(delivery.nextAttemptAt()).isEqualTo(T0.plusMillis(100).plusSeconds(5));
    assertThat(delivery.lastError()).isEqualTo("HTTP 500");

    delivery.claim(T0.plusSeconds(120));
    delivery.recordAttempt(failed(T0.plusSeconds(10)), false, policy, 0.0);
    assertThat(delivery.status()).isEqualTo(DeliveryStatus.RETRYING);
    delivery.claim(T0.plusSeconds(120));
    DeliveryAttempt third = delivery.recordAttempt(failed(T0.plusSeconds(30)), false, policy, 0.0);
    assertThat(third.number()).isEqualTo(3);
    assertThat(delivery.status()).isEqualTo(DeliveryStatus.DEAD);
    assertThat(delivery.nextAttemptAt()).isNull();
  }

  @Test
  void aPermanentFailureIsDeadAtOnce() {
    Delivery delivery = Delivery.email(event, "not an address", T0);
    delivery.claim(T0.plusSeconds(60));
    delivery.recordAttempt(failed(T0), true, policy, 0.5);
    assertThat(delivery.status()).isEqualTo(DeliveryStatus.DEAD);
    assertThat(delivery.attempts()).isEqualTo(1);
  }

  @Test
  void successDeliversAndClearsTheLastError() {
    Delivery delivery = Delivery.email(event, "ann@example.test", T0);
    delivery.claim(T0.plusSeconds(60));
    delivery.recordAttempt(failed(T0), false, policy, 0.5);
    delivery.claim(T0.plusSeconds(60));
    delivery.recordAttempt(
        new Delivery.Attempt(
            AttemptOutcome.DELIVERED, T0.plusSeconds(20), Duration.ofMillis(30), "n1", 200, null),
        false,
        policy,
        0.5);
    assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
    assertThat(delivery.deliveredAt()).isEqualTo(T0.plusSeconds(20).plusMillis(30));
    assertThat(delivery.lastError()).isNull();
    assertThat(delivery.lastStatusCode()).isEqualTo(200);
    assertThat(delivery.attempts()).isEqualTo(2);
  }

  @Test
  void withoutSmtpTheDeliveryEndsDeliveredToLog() {
    Delivery delivery = Delivery.email(event, "ann@example.test", T0);
    delivery.claim(T0.plusSeconds(60));
    delivery.recordAttempt(
        new Delivery.Attempt(
            AttemptOutcome.DELIVERED_TO_LOG, T0, Duration.ofMillis(1), "n1", null, null),
        false,
        policy,
        0.5);
    assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED_TO_LOG);
  }

  @Test
  void aManualRetryOfADeadDeliveryStartsAFreshRoundAndKeepsCountingAttempts() {
    Delivery delivery = Delivery.email(event, "ann@example.test", T0);
    for (int i = 0; i < 3; i++) {
      delivery.claim(T0.plusSeconds(60));
      delivery.recordAttempt(failed(T0), false, policy, 0.5);
    }
    assertThat(delivery.status()).isEqualTo(DeliveryStatus.DEAD);

    delivery.retryManually(T0.plusSeconds(600));
    assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
    assertThat(delivery.nextAttemptAt()).isEqualTo(T0.plusSeconds(600));
    delivery.claim(T0.plusSeconds(660));
    DeliveryAttempt fourth =
        delivery.recordAttempt(failed(T0.plusSeconds(600)), false, policy, 0.5);
    assertThat(fourth.number()).isEqualTo(4);
    assertThat(delivery.status()).as("a fresh round of three").isEqualTo(DeliveryStatus.RETRYING);
  }

  @Test
  void onlyDeadDeliveriesAreRetriedByHandAndOnlyWaitingOnesClaimed() {
    Delivery delivery = Delivery.email(event, "ann@example.test", T0);
    assertThatThrownBy(() -> delivery.retryManually(T0)).isInstanceOf(IllegalStateException.class);
    delivery.claim(T0.plusSeconds(60));
    delivery.recordAttempt(failed(T0), true, policy, 0.5);
    assertThatThrownBy(() -> delivery.claim(T0.plusSeconds(60)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anAttemptThatOutlivedItsLeaseIsLoggedWithoutTouchingTheState() {
    Delivery delivery = Delivery.email(event, "ann@example.test", T0);
    delivery.claim(T0.plusSeconds(60));
    DeliveryAttempt late =
        delivery.recordLateAttempt(
            new Delivery.Attempt(
                AttemptOutcome.DELIVERED, T0, Duration.ofSeconds(90), "n1", 200, null));
    assertThat(late.number()).isEqualTo(1);
    assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
  }

  @Test
  void abandoningEndsOnlyWaitingDeliveries() {
    Delivery waiting = Delivery.email(event, "ann@example.test", T0);
    waiting.abandon("subscription deleted");
    assertThat(waiting.status()).isEqualTo(DeliveryStatus.DEAD);
    assertThat(waiting.lastError()).isEqualTo("subscription deleted");

    Delivery delivered = Delivery.email(event, "bob@example.test", T0);
    delivered.claim(T0.plusSeconds(60));
    delivered.recordAttempt(
        new Delivery.Attempt(AttemptOutcome.DELIVERED, T0, Duration.ZERO, "n1", 200, null),
        false,
        policy,
        0.5);
    delivered.abandon("subscription deleted");
    assertThat(delivered.status()).isEqualTo(DeliveryStatus.DELIVERED);
  }

  @Test
  void aSubscriptionPausesAfterTheConfiguredDeadStreakAndResumingForgetsIt() {
    WebhookSubscription subscription =
        new WebhookSubscription(
            "https://example.test/hook", Set.of("order.placed"), null, "s", "user:1", T0);
    subscription.recordDeadDelivery(3, T0);
    subscription.recordDeadDelivery(3, T0);
    subscription.recordDelivered();
    subscription.recordDeadDelivery(3, T0);
    subscription.recordDeadDelivery(3, T0);
    assertThat(subscription.isActive()).as("a delivery between broke the streak").isTrue();
    subscription.recordDeadDelivery(3, T0.plusSeconds(5));
    assertThat(subscription.isActive()).isFalse();
    assertThat(subscription.pausedAt()).isEqualTo(T0.plusSeconds(5));
    assertThat(subscription.pauseReason()).contains("3 deliveries");

    subscription.resume(T0.plusSeconds(9));
    assertThat(subscription.isActive()).isTrue();
    assertThat(subscription.deadStreak()).isZero();
  }

  private static Delivery.Attempt failed(Instant at) {
    return new Delivery.Attempt(
        AttemptOutcome.FAILED, at, Duration.ofMillis(100), "node-1", 500, "HTTP 500");
  }
}

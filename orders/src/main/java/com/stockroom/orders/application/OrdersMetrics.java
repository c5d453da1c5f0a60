package com.stockroom.orders.application;

import com.stockroom.common.problem.ProblemType;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Orders placed and refused, served with the server's own metrics at the management port's {@code
 * /metrics}. Replays of an idempotency key's first answer are not counted again.
 */
@ApplicationScoped
public class OrdersMetrics {

  @Inject MeterRegistry meters;

  void placed() {
    meters.counter("stockroom.orders.placed").increment();
  }

  /**
   * A refusal, tagged with the problem's name ({@code insufficient-stock}, {@code lock-timeout}).
   */
  void refused(ProblemType type) {
    String uri = type.uri();
    meters
        .counter("stockroom.orders.refused", "reason", uri.substring(uri.lastIndexOf('/') + 1))
        .increment();
  }
}

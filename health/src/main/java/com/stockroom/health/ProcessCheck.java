package com.stockroom.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive while the process answers; it looks at nothing outside the process on purpose. */
@Liveness
@ApplicationScoped
public class ProcessCheck implements HealthCheck {
  @Override
  public HealthCheckResponse call() {
    Runtime runtime = Runtime.getRuntime();
    return HealthCheckResponse.named("process")
        .up()
        .withData("uptimeSeconds", ManagementFactory.getRuntimeMXBean().getUptime() / 1000)
        .withData("heapUsedBytes", runtime.totalMemory() - runtime.freeMemory())
        .build();
  }
}

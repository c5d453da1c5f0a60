package com.stockroom.infra;

import software.amazon.awscdk.App;
import software.amazon.awscdk.StackProps;

/**
 * The CDK app: {@code StockroomFoundation} (network, databases, image repository, secrets, mail)
 * and {@code StockroomService} (the Fargate service behind its load balancer). Both are
 * environment-agnostic: account and region are the deploying profile's, and nothing is looked up at
 * synthesis, so the templates build offline (tests) and the same way for every account.
 */
public final class StockroomInfraApp {

  private StockroomInfraApp() {}

  public static void main(String[] args) {
    App app = new App();
    build(app);
    app.synth();
  }

  /** The app's two stacks. */
  public record Stacks(FoundationStack foundation, ServiceStack service) {}

  /** Adds both stacks to {@code app}, configured by its context. */
  public static Stacks build(App app) {
    Settings settings = Settings.from(app.getNode());
    FoundationStack foundation =
        new FoundationStack(
            app,
            "StockroomFoundation",
            StackProps.builder()
                .description("Stockroom: network, PostgreSQL primary and replica, images, secrets")
                .terminationProtection(true)
                .build(),
            settings);
    ServiceStack service =
        new ServiceStack(
            app,
            "StockroomService",
            StackProps.builder()
                .description("Stockroom: ECS Fargate service behind an Application Load Balancer")
                .build(),
            settings,
            foundation);
    return new Stacks(foundation, service);
  }
}

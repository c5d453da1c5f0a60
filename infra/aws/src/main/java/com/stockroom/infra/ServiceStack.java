package com.stockroom.infra;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Size;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.applicationautoscaling.EnableScalingProps;
import software.amazon.awscdk.services.certificatemanager.Certificate;
import software.amazon.awscdk.services.certificatemanager.CertificateValidation;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.CreateAlarmOptions;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ecs.AwsLogDriverMode;
import software.amazon.awscdk.services.ecs.AwsLogDriverProps;
import software.amazon.awscdk.services.ecs.Cluster;
import software.amazon.awscdk.services.ecs.ContainerDefinitionOptions;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.ContainerInsights;
import software.amazon.awscdk.services.ecs.CpuArchitecture;
import software.amazon.awscdk.services.ecs.CpuUtilizationScalingProps;
import software.amazon.awscdk.services.ecs.DeploymentCircuitBreaker;
import software.amazon.awscdk.services.ecs.FargateService;
import software.amazon.awscdk.services.ecs.FargateTaskDefinition;
import software.amazon.awscdk.services.ecs.LinuxParameters;
import software.amazon.awscdk.services.ecs.LoadBalancerTargetOptions;
import software.amazon.awscdk.services.ecs.LogDrivers;
import software.amazon.awscdk.services.ecs.OperatingSystemFamily;
import software.amazon.awscdk.services.ecs.PortMapping;
import software.amazon.awscdk.services.ecs.RuntimePlatform;
import software.amazon.awscdk.services.ecs.ScalableTaskCount;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationLoadBalancer;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationLoadBalancerRedirectConfig;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationProtocol;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationTargetGroup;
import software.amazon.awscdk.services.elasticloadbalancingv2.BaseApplicationListenerProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.HttpCodeElb;
import software.amazon.awscdk.services.elasticloadbalancingv2.HttpCodeTarget;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerAction;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerCertificate;
import software.amazon.awscdk.services.elasticloadbalancingv2.Protocol;
import software.amazon.awscdk.services.elasticloadbalancingv2.SslPolicy;
import software.amazon.awscdk.services.elasticloadbalancingv2.TargetType;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.route53.ARecord;
import software.amazon.awscdk.services.route53.IPublicHostedZone;
import software.amazon.awscdk.services.route53.RecordTarget;
import software.amazon.awscdk.services.route53.targets.LoadBalancerTarget;
import software.constructs.Construct;

/**
 * One release of the server: the Fargate service (at least two tasks, CPU autoscaling) behind an
 * internet-facing ALB that sends traffic to a task only while its readiness check passes, the
 * task's secrets, its JSON logs, the DNS name with its certificate, and the service's alarms.
 */
public final class ServiceStack extends Stack {

  /** The container's name in the task definition. */
  public static final String CONTAINER = "stockroom";

  public static final String READINESS_PATH = "/health/ready";

  public ServiceStack(
      Construct scope, String id, StackProps props, Settings settings, FoundationStack foundation) {
    super(scope, id, props);

    Cluster cluster =
        Cluster.Builder.create(this, "Cluster")
            .vpc(foundation.vpc())
            .containerInsightsV2(ContainerInsights.ENABLED)
            .build();

    LogGroup logs =
        LogGroup.Builder.create(this, "Logs")
            .retention(RetentionDays.ONE_MONTH)
            .removalPolicy(RemovalPolicy.RETAIN)
            .build();

    FargateTaskDefinition task =
        FargateTaskDefinition.Builder.create(this, "Task")
            .cpu(1024)
            .memoryLimitMiB(2048)
            .runtimePlatform(
                RuntimePlatform.builder()
                    .operatingSystemFamily(OperatingSystemFamily.LINUX)
                    .cpuArchitecture(CpuArchitecture.X86_64)
                    .build())
            .build();

    addContainer(task, logs, settings, foundation);

    FargateService service =
        FargateService.Builder.create(this, "Service")
            .cluster(cluster)
            .taskDefinition(task)
            .desiredCount(settings.minTasks())
            .minHealthyPercent(100)
            .maxHealthyPercent(200)
            .vpcSubnets(
                SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build())
            .securityGroups(List.of(foundation.appSecurityGroup()))
            .assignPublicIp(false)
            // Boot with the EAR and the first migrations, before the ALB's verdict counts.
            .healthCheckGracePeriod(Duration.seconds(300))
            .circuitBreaker(DeploymentCircuitBreaker.builder().enable(true).rollback(true).build())
            .build();

    ScalableTaskCount scaling =
        service.autoScaleTaskCount(
            EnableScalingProps.builder()
                .minCapacity(settings.minTasks())
                .maxCapacity(settings.maxTasks())
                .build());
    scaling.scaleOnCpuUtilization(
        "CpuScaling",
        CpuUtilizationScalingProps.builder()
            .targetUtilizationPercent(60)
            .scaleOutCooldown(Duration.seconds(60))
            .scaleInCooldown(Duration.minutes(5))
            .build());

    ApplicationLoadBalancer loadBalancer =
        ApplicationLoadBalancer.Builder.create(this, "LoadBalancer")
            .vpc(foundation.vpc())
            .internetFacing(true)
            .securityGroup(foundation.loadBalancerSecurityGroup())
            .vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PUBLIC).build())
            .dropInvalidHeaderFields(true)
            // Server-sent events (live order status) keep a connection open between events.
            .idleTimeout(Duration.seconds(120))
            .build();

    ApplicationTargetGroup targets =
        ApplicationTargetGroup.Builder.create(this, "Targets")
            .vpc(foundation.vpc())
            .targetType(TargetType.IP)
            .protocol(ApplicationProtocol.HTTP)
            .port(FoundationStack.HTTP_PORT)
            .targets(
                List.of(
                    service.loadBalancerTarget(
                        LoadBalancerTargetOptions.builder()
                            .containerName(CONTAINER)
                            .containerPort(FoundationStack.HTTP_PORT)
                            .build())))
            .healthCheck(
                software.amazon.awscdk.services.elasticloadbalancingv2.HealthCheck.builder()
                    .protocol(Protocol.HTTP)
                    .port(String.valueOf(FoundationStack.MANAGEMENT_PORT))
                    .path(READINESS_PATH)
                    .healthyHttpCodes("200")
                    .interval(Duration.seconds(15))
                    .timeout(Duration.seconds(5))
                    .healthyThresholdCount(2)
                    .unhealthyThresholdCount(3)
                    .build())
            // Fits the task's stop timeout: the ALB stops sending first, then the task drains.
            .deregistrationDelay(Duration.seconds(30))
            // The staff console keeps its session on one task.
            .stickinessCookieDuration(Duration.hours(8))
            .build();

    String url = listen(loadBalancer, targets, settings, foundation);
    addAlarms(loadBalancer, targets, settings, foundation);

    CfnOutput.Builder.create(this, "Url").value(url).build();
    CfnOutput.Builder.create(this, "ClusterName").value(cluster.getClusterName()).build();
    CfnOutput.Builder.create(this, "ServiceName").value(service.getServiceName()).build();
    CfnOutput.Builder.create(this, "LogGroupName").value(logs.getLogGroupName()).build();
  }

  /** The server's container: image, ports, configuration, secrets, logs, health, stop. */
  private void addContainer(
      FargateTaskDefinition task, LogGroup logs, Settings settings, FoundationStack foundation) {
    String primaryEndpoint =
        foundation.database().getDbInstanceEndpointAddress()
            + ":"
            + foundation.database().getDbInstanceEndpointPort();
    String replicaEndpoint =
        foundation.replica().getDbInstanceEndpointAddress()
            + ":"
            + foundation.replica().getDbInstanceEndpointPort();
    String database = "/" + FoundationStack.DATABASE_NAME;

    task.addContainer(
        CONTAINER,
        ContainerDefinitionOptions.builder()
            .image(ContainerImage.fromEcrRepository(foundation.repository(), settings.imageTag()))
            .essential(true)
            .portMappings(
                List.of(
                    port(FoundationStack.HTTP_PORT, "http"),
                    port(FoundationStack.MANAGEMENT_PORT, "management"),
                    port(FoundationStack.JGROUPS_PORT, "jgroups")))
            // Everything here is visible in the task definition: nothing secret.
            .environment(
                Map.ofEntries(
                    Map.entry(
                        "STOCKROOM_DB_URL",
                        "jdbc:postgresql://" + primaryEndpoint + database + "?sslmode=require"),
                    Map.entry(
                        "STOCKROOM_DB_REPLICA_URL",
                        "jdbc:postgresql://"
                            + replicaEndpoint
                            + database
                            + "?sslmode=require&readOnly=true&readOnlyMode=always"
                            + "&connectTimeout=2"),
                    Map.entry("STOCKROOM_DB_POOL_MAX", "30"),
                    Map.entry("STOCKROOM_DB_REPLICA_POOL_MAX", "30"),
                    Map.entry(
                        "STOCKROOM_SMTP_HOST",
                        Fn.join("", List.of("email-smtp.", Aws.REGION, ".amazonaws.com"))),
                    Map.entry("STOCKROOM_SMTP_PORT", "587"),
                    Map.entry("STOCKROOM_SMTP_STARTTLS", "true"),
                    Map.entry("STOCKROOM_SMTP_SSL", "false"),
                    Map.entry("STOCKROOM_MAIL_FROM", settings.mailFrom()),
                    Map.entry("STOCKROOM_LOG_FORMAT", "json"),
                    Map.entry("STOCKROOM_LOG_LEVEL", "INFO"),
                    Map.entry("STOCKROOM_BEHIND_PROXY", "true")))
            // Secrets Manager values, put into the container's environment by ECS at start;
            // the entrypoint writes the token keys to files and drops them from the
            // environment.
            .secrets(
                Map.of(
                    "STOCKROOM_DB_USER", secret(foundation.databaseCredentials(), "username"),
                    "STOCKROOM_DB_PASSWORD", secret(foundation.databaseCredentials(), "password"),
                    "STOCKROOM_JWT_SIGNING_KEY", secret(foundation.jwtKeys(), "signingKey"),
                    "STOCKROOM_JWT_JWKS", secret(foundation.jwtKeys(), "jwks"),
                    "STOCKROOM_SMTP_USER", secret(foundation.smtpCredentials(), "username"),
                    "STOCKROOM_SMTP_PASSWORD", secret(foundation.smtpCredentials(), "password")))
            .logging(
                LogDrivers.awsLogs(
                    AwsLogDriverProps.builder()
                        .logGroup(logs)
                        .streamPrefix("stockroom")
                        .mode(AwsLogDriverMode.NON_BLOCKING)
                        .maxBufferSize(Size.mebibytes(25))
                        .build()))
            // Liveness here (a task that hangs is replaced); readiness is the ALB's check.
            .healthCheck(
                software.amazon.awscdk.services.ecs.HealthCheck.builder()
                    .command(
                        List.of(
                            "CMD-SHELL",
                            "curl -fsS -o /dev/null http://127.0.0.1:"
                                + FoundationStack.MANAGEMENT_PORT
                                + "/health/live || exit 1"))
                    .interval(Duration.seconds(30))
                    .timeout(Duration.seconds(5))
                    .retries(3)
                    .startPeriod(Duration.seconds(240))
                    .build())
            // SIGTERM, then this long for in-flight requests before SIGKILL.
            .stopTimeout(Duration.seconds(60))
            .linuxParameters(
                LinuxParameters.Builder.create(this, "Linux").initProcessEnabled(true).build())
            .build());
  }

  /** HTTPS with a certificate and a DNS name when there is a domain, else HTTP; the URL. */
  private String listen(
      ApplicationLoadBalancer loadBalancer,
      ApplicationTargetGroup targets,
      Settings settings,
      FoundationStack foundation) {
    if (settings.domainName().isEmpty()) {
      loadBalancer.addListener(
          "Http",
          BaseApplicationListenerProps.builder()
              .protocol(ApplicationProtocol.HTTP)
              .port(80)
              .open(false)
              .defaultAction(ListenerAction.forward(List.of(targets)))
              .build());
      return "http://" + loadBalancer.getLoadBalancerDnsName();
    }
    String domain = settings.domainName().get();
    IPublicHostedZone zone = foundation.hostedZone().orElseThrow();
    Certificate certificate =
        Certificate.Builder.create(this, "Certificate")
            .domainName(domain)
            .validation(CertificateValidation.fromDns(zone))
            .build();
    loadBalancer.addListener(
        "Https",
        BaseApplicationListenerProps.builder()
            .protocol(ApplicationProtocol.HTTPS)
            .port(443)
            .open(false)
            .certificates(List.of(ListenerCertificate.fromCertificateManager(certificate)))
            .sslPolicy(SslPolicy.RECOMMENDED_TLS)
            .defaultAction(ListenerAction.forward(List.of(targets)))
            .build());
    loadBalancer.addRedirect(
        ApplicationLoadBalancerRedirectConfig.builder()
            .sourcePort(80)
            .targetPort(443)
            .open(false)
            .build());
    ARecord.Builder.create(this, "Address")
        .zone(zone)
        .recordName(domain + ".")
        .target(RecordTarget.fromAlias(new LoadBalancerTarget(loadBalancer)))
        .build();
    return "https://" + domain;
  }

  /** 5xx rate, unhealthy tasks, too few ready tasks; all to the foundation's alarm topic. */
  private void addAlarms(
      ApplicationLoadBalancer loadBalancer,
      ApplicationTargetGroup targets,
      Settings settings,
      FoundationStack foundation) {
    MetricOptions perMinute =
        MetricOptions.builder().statistic("Sum").period(Duration.minutes(1)).build();
    Map<String, IMetric> traffic =
        Map.of(
            "requests", loadBalancer.getMetrics().requestCount(perMinute),
            "elb5xx", loadBalancer.getMetrics().httpCodeElb(HttpCodeElb.ELB_5XX_COUNT, perMinute),
            "target5xx",
                loadBalancer
                    .getMetrics()
                    .httpCodeTarget(HttpCodeTarget.TARGET_5XX_COUNT, perMinute));
    alarm(
        foundation,
        MathExpression.Builder.create()
            .expression(
                "IF(requests > 0, 100 * (FILL(elb5xx, 0) + FILL(target5xx, 0)) / requests, 0)")
            .usingMetrics(traffic)
            .label("5xx responses (% of requests)")
            .period(Duration.minutes(1))
            .build()
            .createAlarm(
                this,
                "Http5xxRateAlarm",
                CreateAlarmOptions.builder()
                    .alarmDescription("More than 5% of requests answered with a 5xx")
                    .threshold(5)
                    .comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
                    .evaluationPeriods(5)
                    .datapointsToAlarm(3)
                    .treatMissingData(TreatMissingData.NOT_BREACHING)
                    .build()));
    MetricOptions worstMinute =
        MetricOptions.builder().statistic("Maximum").period(Duration.minutes(1)).build();
    alarm(
        foundation,
        targets
            .getMetrics()
            .unhealthyHostCount(worstMinute)
            .createAlarm(
                this,
                "UnhealthyHostsAlarm",
                CreateAlarmOptions.builder()
                    .alarmDescription("A task has failed its readiness check for 3 minutes")
                    .threshold(1)
                    .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                    .evaluationPeriods(3)
                    .treatMissingData(TreatMissingData.NOT_BREACHING)
                    .build()));
    alarm(
        foundation,
        targets
            .getMetrics()
            .healthyHostCount(
                MetricOptions.builder().statistic("Minimum").period(Duration.minutes(1)).build())
            .createAlarm(
                this,
                "TooFewHealthyHostsAlarm",
                CreateAlarmOptions.builder()
                    .alarmDescription("Fewer tasks are ready than the minimum, for 3 minutes")
                    .threshold(settings.minTasks())
                    .comparisonOperator(ComparisonOperator.LESS_THAN_THRESHOLD)
                    .evaluationPeriods(3)
                    .treatMissingData(TreatMissingData.BREACHING)
                    .build()));
  }

  private static PortMapping port(int port, String name) {
    return PortMapping.builder().containerPort(port).name(name).build();
  }

  private static software.amazon.awscdk.services.ecs.Secret secret(
      software.amazon.awscdk.services.secretsmanager.ISecret secret, String field) {
    return software.amazon.awscdk.services.ecs.Secret.fromSecretsManager(secret, field);
  }

  private static void alarm(FoundationStack foundation, Alarm alarm) {
    alarm.addAlarmAction(new SnsAction(foundation.alarms()));
  }
}

package com.stockroom.infra;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.CreateAlarmOptions;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.ec2.IpAddresses;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ecr.LifecycleRule;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.services.ecr.TagMutability;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.User;
import software.amazon.awscdk.services.rds.Credentials;
import software.amazon.awscdk.services.rds.CredentialsBaseOptions;
import software.amazon.awscdk.services.rds.DatabaseInstance;
import software.amazon.awscdk.services.rds.DatabaseInstanceEngine;
import software.amazon.awscdk.services.rds.DatabaseInstanceReadReplica;
import software.amazon.awscdk.services.rds.IInstanceEngine;
import software.amazon.awscdk.services.rds.ParameterGroup;
import software.amazon.awscdk.services.rds.PostgresEngineVersion;
import software.amazon.awscdk.services.rds.PostgresInstanceEngineProps;
import software.amazon.awscdk.services.rds.StorageType;
import software.amazon.awscdk.services.route53.IPublicHostedZone;
import software.amazon.awscdk.services.route53.PublicHostedZone;
import software.amazon.awscdk.services.route53.PublicHostedZoneAttributes;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.amazon.awscdk.services.ses.EmailIdentity;
import software.amazon.awscdk.services.ses.Identity;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.constructs.Construct;

/**
 * What outlives every release of the server: network, databases, image repository, secrets, mail
 * identity and the alarm topic. Deployed first, so the image can be pushed to the repository and
 * the token keys put into their secret before any task starts (deploy.sh).
 */
public final class FoundationStack extends Stack {

  /** The database every node uses; the app's schemas live in it. */
  public static final String DATABASE_NAME = "stockroom";

  /** HTTP: the API, the console, OpenAPI. */
  public static final int HTTP_PORT = 8080;

  /** WildFly's management interface: health (the ALB's readiness check) and metrics. */
  public static final int MANAGEMENT_PORT = 9990;

  /** JGroups TCP (the cluster's only port; WildFly 39's tcp stack has no FD_SOCK port). */
  public static final int JGROUPS_PORT = 7600;

  private final Vpc vpc;
  private final SecurityGroup appSecurityGroup;
  private final SecurityGroup loadBalancerSecurityGroup;
  private final DatabaseInstance database;
  private final DatabaseInstanceReadReplica replica;
  private final Repository repository;
  private final Secret jwtKeys;
  private final Secret smtpCredentials;
  private final Optional<IPublicHostedZone> hostedZone;
  private final Topic alarms;

  public FoundationStack(Construct scope, String id, StackProps props, Settings settings) {
    super(scope, id, props);

    vpc =
        Vpc.Builder.create(this, "Network")
            .ipAddresses(IpAddresses.cidr("10.40.0.0/16"))
            .maxAzs(2)
            .natGateways(settings.natGateways())
            .subnetConfiguration(
                List.of(
                    subnet("public", SubnetType.PUBLIC, 24),
                    subnet("app", SubnetType.PRIVATE_WITH_EGRESS, 22),
                    subnet("data", SubnetType.PRIVATE_ISOLATED, 24)))
            .build();

    appSecurityGroup =
        SecurityGroup.Builder.create(this, "AppSecurityGroup")
            .vpc(vpc)
            .description("Stockroom tasks: HTTP and readiness from the load balancer, JGroups")
            .allowAllOutbound(true)
            .build();
    appSecurityGroup.addIngressRule(
        appSecurityGroup, Port.tcp(JGROUPS_PORT), "JGroups between Stockroom tasks only");

    // The load balancer's group lives here too, so every rule between the groups is in this
    // stack (rules across the two stacks would make each depend on the other).
    loadBalancerSecurityGroup =
        SecurityGroup.Builder.create(this, "LoadBalancerSecurityGroup")
            .vpc(vpc)
            .description("Stockroom load balancer: HTTP(S) from anywhere, to the tasks only")
            .allowAllOutbound(false)
            .build();
    loadBalancerSecurityGroup.addIngressRule(Peer.anyIpv4(), Port.tcp(80), "HTTP from anywhere");
    if (settings.domainName().isPresent()) {
      loadBalancerSecurityGroup.addIngressRule(
          Peer.anyIpv4(), Port.tcp(443), "HTTPS from anywhere");
    }
    loadBalancerSecurityGroup
        .getConnections()
        .allowTo(appSecurityGroup, Port.tcp(HTTP_PORT), "Requests to the tasks");
    loadBalancerSecurityGroup
        .getConnections()
        .allowTo(
            appSecurityGroup,
            Port.tcp(MANAGEMENT_PORT),
            "Readiness checks (management port, which nothing else may reach)");

    SecurityGroup databaseSecurityGroup =
        SecurityGroup.Builder.create(this, "DatabaseSecurityGroup")
            .vpc(vpc)
            .description("Stockroom PostgreSQL: reachable from Stockroom tasks only")
            .allowAllOutbound(false)
            .build();
    databaseSecurityGroup.addIngressRule(
        appSecurityGroup, Port.tcp(5432), "PostgreSQL from Stockroom tasks");

    alarms = Topic.Builder.create(this, "Alarms").displayName("Stockroom alarms").build();
    settings.alarmEmail().ifPresent(email -> alarms.addSubscription(new EmailSubscription(email)));

    IInstanceEngine engine =
        DatabaseInstanceEngine.postgres(
            PostgresInstanceEngineProps.builder().version(PostgresEngineVersion.VER_15).build());
    ParameterGroup parameters =
        ParameterGroup.Builder.create(this, "DatabaseParameters")
            .engine(engine)
            .description("Stockroom PostgreSQL 15")
            .parameters(
                Map.of(
                    "rds.force_ssl", "1",
                    "log_min_duration_statement", "1000",
                    "hot_standby_feedback", "1"))
            .build();
    SubnetSelection dataSubnets =
        SubnetSelection.builder().subnetType(SubnetType.PRIVATE_ISOLATED).build();
    software.amazon.awscdk.services.ec2.InstanceType instanceType =
        new software.amazon.awscdk.services.ec2.InstanceType(settings.databaseInstanceType());

    database =
        DatabaseInstance.Builder.create(this, "Database")
            .engine(engine)
            .instanceType(instanceType)
            .vpc(vpc)
            .vpcSubnets(dataSubnets)
            .securityGroups(List.of(databaseSecurityGroup))
            .parameterGroup(parameters)
            .multiAz(true)
            .storageEncrypted(true)
            .publiclyAccessible(false)
            .storageType(StorageType.GP3)
            .allocatedStorage(50)
            .maxAllocatedStorage(500)
            .databaseName(DATABASE_NAME)
            .credentials(
                Credentials.fromGeneratedSecret(
                    "stockroom",
                    CredentialsBaseOptions.builder()
                        // Characters that mean something in URLs, shells or ${...} expressions.
                        .excludeCharacters(" %+~`#$&*()|[]{}:;<>?!'/@\"\\,=")
                        .build()))
            .backupRetention(Duration.days(7))
            .deleteAutomatedBackups(false)
            .deletionProtection(true)
            .removalPolicy(RemovalPolicy.SNAPSHOT)
            .autoMinorVersionUpgrade(true)
            .cloudwatchLogsExports(List.of("postgresql"))
            .enablePerformanceInsights(true)
            .monitoringInterval(Duration.seconds(60))
            .build();

    replica =
        DatabaseInstanceReadReplica.Builder.create(this, "ReadReplica")
            .sourceDatabaseInstance(database)
            .instanceType(instanceType)
            .vpc(vpc)
            .vpcSubnets(dataSubnets)
            .securityGroups(List.of(databaseSecurityGroup))
            .parameterGroup(parameters)
            // Encrypted because its source is: CloudFormation takes that from the primary.
            .publiclyAccessible(false)
            .storageType(StorageType.GP3)
            .autoMinorVersionUpgrade(true)
            .enablePerformanceInsights(true)
            .monitoringInterval(Duration.seconds(60))
            // A replica is a copy: rebuilt from the primary, not restored from a snapshot.
            .removalPolicy(RemovalPolicy.DESTROY)
            .build();

    alarm(
        replica
            .metric("ReplicaLag", statistic("Maximum"))
            .createAlarm(
                this,
                "ReplicaLagAlarm",
                CreateAlarmOptions.builder()
                    .alarmDescription(
                        "The read replica is more than 30 s behind the primary: listings and"
                            + " order history are stale and reads fall back to the primary")
                    .threshold(30)
                    .comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
                    .evaluationPeriods(5)
                    .datapointsToAlarm(3)
                    .treatMissingData(TreatMissingData.BREACHING)
                    .build()));
    alarm(
        database
            .metricFreeStorageSpace(statistic("Minimum"))
            .createAlarm(
                this,
                "DatabaseStorageAlarm",
                CreateAlarmOptions.builder()
                    .alarmDescription("The primary database has less than 5 GiB free")
                    .threshold(5L * 1024 * 1024 * 1024)
                    .comparisonOperator(ComparisonOperator.LESS_THAN_THRESHOLD)
                    .evaluationPeriods(3)
                    .build()));

    repository =
        Repository.Builder.create(this, "Images")
            .imageScanOnPush(true)
            // A tag names one build for ever: rollback is deploying an older tag.
            .imageTagMutability(TagMutability.IMMUTABLE)
            .lifecycleRules(
                List.of(
                    LifecycleRule.builder()
                        .description("Keep the last 50 images")
                        .maxImageCount(50)
                        .build()))
            .removalPolicy(RemovalPolicy.RETAIN)
            .build();

    // Token keys: CloudFormation cannot make an RSA key, so the secret starts empty and
    // deploy.sh puts a pair made by server/src/main/scripts/jwt-keys.sh into it before the
    // service exists. The placeholder is only there because a secret needs a value.
    jwtKeys =
        placeholderSecret(
            "JwtKeys",
            "Token signing key (signingKey: PKCS#8 PEM) and its JWKS (jwks); written by deploy.sh",
            "{\"signingKey\":\"\",\"jwks\":\"\"}");

    hostedZone =
        settings
            .hostedZoneId()
            .map(
                zoneId ->
                    PublicHostedZone.fromPublicHostedZoneAttributes(
                        this,
                        "Zone",
                        PublicHostedZoneAttributes.builder()
                            .hostedZoneId(zoneId)
                            .zoneName(settings.hostedZoneName().orElseThrow())
                            .build()));

    // SES: the shop's domain (DKIM records go into the hosted zone) or, without a zone, the
    // sender address (SES mails a link to click). SMTP credentials are an IAM user's access key
    // converted by deploy.sh; the user may send mail from the shop's address and nothing else.
    // (Any resource: in the SES sandbox the recipients' identities are resources of a send too.)
    EmailIdentity.Builder.create(this, "MailIdentity")
        .identity(
            hostedZone
                .map(Identity::publicHostedZone)
                .orElseGet(() -> Identity.email(settings.mailFromAddress())))
        .build();
    User smtpUser = User.Builder.create(this, "SmtpUser").build();
    smtpUser.addToPolicy(
        PolicyStatement.Builder.create()
            .actions(List.of("ses:SendRawEmail"))
            .resources(List.of("*"))
            .conditions(
                Map.of("StringEquals", Map.of("ses:FromAddress", settings.mailFromAddress())))
            .build());
    smtpCredentials =
        placeholderSecret(
            "SmtpCredentials",
            "SES SMTP credentials (username, password) of the stack's SMTP user; written by"
                + " deploy.sh",
            "{\"username\":\"\",\"password\":\"\"}");

    // deploy.sh reads these to push the image and fill the secrets.
    output("RepositoryUri", repository.getRepositoryUri());
    output("JwtKeysSecretArn", jwtKeys.getSecretArn());
    output("SmtpSecretArn", smtpCredentials.getSecretArn());
    output("SmtpUserName", smtpUser.getUserName());
    output("DatabaseSecretArn", database.getSecret().getSecretArn());
  }

  private void output(String id, String value) {
    CfnOutput.Builder.create(this, id).value(value).build();
  }

  private Secret placeholderSecret(String id, String description, String template) {
    return Secret.Builder.create(this, id)
        .description(description)
        .generateSecretString(
            SecretStringGenerator.builder()
                .secretStringTemplate(template)
                .generateStringKey("placeholder")
                .build())
        .removalPolicy(RemovalPolicy.RETAIN)
        .build();
  }

  private static SubnetConfiguration subnet(String name, SubnetType type, int cidrMask) {
    return SubnetConfiguration.builder().name(name).subnetType(type).cidrMask(cidrMask).build();
  }

  private static MetricOptions statistic(String statistic) {
    return MetricOptions.builder().statistic(statistic).period(Duration.minutes(1)).build();
  }

  private void alarm(Alarm alarm) {
    alarm.addAlarmAction(new SnsAction(alarms));
  }

  public Vpc vpc() {
    return vpc;
  }

  public SecurityGroup appSecurityGroup() {
    return appSecurityGroup;
  }

  public SecurityGroup loadBalancerSecurityGroup() {
    return loadBalancerSecurityGroup;
  }

  public DatabaseInstance database() {
    return database;
  }

  public DatabaseInstanceReadReplica replica() {
    return replica;
  }

  public ISecret databaseCredentials() {
    return database.getSecret();
  }

  public Repository repository() {
    return repository;
  }

  public Secret jwtKeys() {
    return jwtKeys;
  }

  public Secret smtpCredentials() {
    return smtpCredentials;
  }

  public Optional<IPublicHostedZone> hostedZone() {
    return hostedZone;
  }

  public Topic alarms() {
    return alarms;
  }
}

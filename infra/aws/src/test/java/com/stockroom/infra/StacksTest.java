package com.stockroom.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.assertions.Capture;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/**
 * The synthesized CloudFormation templates (offline: node runs the CDK, nothing is looked up), with
 * the context of cdk.json as deploy.sh uses it: once without a domain (HTTP on the load balancer's
 * name) and once with a domain in a Route 53 zone (HTTPS, certificate, DNS record).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StacksTest {

  private Template foundation;
  private Template service;
  private Template serviceWithDomain;
  private Template foundationWithDomain;
  private final List<Path> assemblies = new ArrayList<>();

  @BeforeAll
  void synthesize() throws Exception {
    StockroomInfraApp.Stacks plain =
        StockroomInfraApp.build(
            app(Map.of("imageTag", "0123456789ab", "mailFrom", "Stockroom <shop@example.com>")));
    synthesizeAll(plain);
    foundation = Template.fromStack(plain.foundation());
    service = Template.fromStack(plain.service());

    StockroomInfraApp.Stacks withDomain =
        StockroomInfraApp.build(
            app(
                Map.of(
                    "imageTag", "0123456789ab",
                    "mailFrom", "Stockroom <shop@example.com>",
                    "domainName", "shop.example.com",
                    "hostedZoneId", "Z0123456789ABCDEFGHIJ",
                    "hostedZoneName", "example.com",
                    "alarmEmail", "ops@example.com")));
    synthesizeAll(withDomain);
    foundationWithDomain = Template.fromStack(withDomain.foundation());
    serviceWithDomain = Template.fromStack(withDomain.service());
  }

  @Test
  void templatesPassCloudFormationValidation() throws Exception {
    for (Path assembly : assemblies) {
      String report = Files.readString(assembly.resolve("validation-report.json"));
      assertThat(report).as(assembly.toString()).contains("\"pluginReports\": []");
    }
    assertThat(assemblies).hasSize(2);
  }

  /** An app whose context is cdk.json's, plus {@code context} (as `cdk -c` adds it). */
  private App app(Map<String, String> context) throws Exception {
    // cdk.json is JSON, which the YAML reader reads as well.
    String json = Files.readString(Commands.root().resolve("infra/aws/cdk.json"));
    @SuppressWarnings("unchecked")
    Map<String, Object> cdk =
        (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(json);
    @SuppressWarnings("unchecked")
    Map<String, Object> all = new HashMap<>((Map<String, Object>) cdk.get("context"));
    all.putAll(context);
    Path outdir = Commands.workDir("cdk.out-" + assemblies.size());
    assemblies.add(outdir);
    return new App(AppProps.builder().context(all).outdir(outdir.toString()).build());
  }

  /** Writes the cloud assembly, with CloudFormation's validation report of the templates. */
  private static void synthesizeAll(StockroomInfraApp.Stacks stacks) {
    ((App) stacks.foundation().getNode().getRoot()).synth();
  }

  // ---- Foundation -------------------------------------------------------------------------------

  @Test
  void vpcSpansTwoZonesWithPublicAppAndIsolatedDataSubnets() {
    foundation.resourceCountIs("AWS::EC2::VPC", 1);
    foundation.resourceCountIs("AWS::EC2::Subnet", 6);
    foundation.resourceCountIs("AWS::EC2::NatGateway", 2);
    foundation.hasResourceProperties(
        "AWS::RDS::DBSubnetGroup",
        Match.objectLike(
            Map.of(
                "SubnetIds",
                List.of(
                    Map.of("Ref", Match.stringLikeRegexp("Networkdata.*")),
                    Map.of("Ref", Match.stringLikeRegexp("Networkdata.*"))))));
  }

  @Test
  void primaryIsPostgres15MultiAzEncryptedPrivateAndProtected() {
    foundation.hasResource(
        "AWS::RDS::DBInstance",
        Match.objectLike(
            Map.of(
                "DeletionPolicy",
                "Snapshot",
                "Properties",
                Match.objectLike(
                    Map.of(
                        "Engine",
                        "postgres",
                        "EngineVersion",
                        "15",
                        "MultiAZ",
                        true,
                        "StorageEncrypted",
                        true,
                        "PubliclyAccessible",
                        false,
                        "DeletionProtection",
                        true,
                        "BackupRetentionPeriod",
                        7,
                        "DBName",
                        "stockroom",
                        "EnableCloudwatchLogsExports",
                        List.of("postgresql"))))));
    foundation.hasResourceProperties(
        "AWS::RDS::DBParameterGroup",
        Match.objectLike(
            Map.of(
                "Family",
                "postgres15",
                "Parameters",
                Match.objectLike(Map.of("rds.force_ssl", "1")))));
  }

  @Test
  void readReplicaFollowsThePrimaryEncryptedAndPrivate() {
    foundation.resourceCountIs("AWS::RDS::DBInstance", 2);
    // Encryption comes from the (encrypted) source; CloudFormation refuses it stated again.
    foundation.hasResourceProperties(
        "AWS::RDS::DBInstance",
        Match.objectLike(
            Map.of(
                "SourceDBInstanceIdentifier",
                Map.of(
                    "Fn::Join",
                    List.of(
                        "",
                        Match.arrayWith(
                            List.of(Map.of("Ref", Match.stringLikeRegexp("Database.*")))))),
                "StorageEncrypted",
                Match.absent(),
                "PubliclyAccessible",
                false)));
    // The replica itself is not Multi-AZ and has no credentials of its own.
    foundation.hasResourceProperties(
        "AWS::RDS::DBInstance",
        Match.objectLike(
            Map.of(
                "SourceDBInstanceIdentifier",
                Match.anyValue(),
                "MasterUsername",
                Match.absent(),
                "MultiAZ",
                Match.absent())));
  }

  @Test
  void databaseAcceptsOnlyTheTasksAndJGroupsOnlyBetweenTasks() {
    Capture app = new Capture();
    foundation.hasResourceProperties(
        "AWS::EC2::SecurityGroupIngress",
        Match.objectLike(
            Map.of(
                "IpProtocol",
                "tcp",
                "FromPort",
                5432,
                "ToPort",
                5432,
                "SourceSecurityGroupId",
                Map.of("Fn::GetAtt", List.of(app, "GroupId")))));
    assertThat(app.asString()).startsWith("AppSecurityGroup");
    foundation.hasResourceProperties(
        "AWS::EC2::SecurityGroupIngress",
        Match.objectLike(
            Map.of(
                "FromPort",
                7600,
                "ToPort",
                7600,
                "GroupId",
                Map.of("Fn::GetAtt", List.of(app.asString(), "GroupId")),
                "SourceSecurityGroupId",
                Map.of("Fn::GetAtt", List.of(app.asString(), "GroupId")))));
    // The load balancer may reach the tasks on 8080 and 9990 (readiness), and nothing else may.
    for (int port : List.of(8080, 9990)) {
      foundation.hasResourceProperties(
          "AWS::EC2::SecurityGroupIngress",
          Match.objectLike(
              Map.of(
                  "FromPort",
                  port,
                  "ToPort",
                  port,
                  "GroupId",
                  Map.of("Fn::GetAtt", List.of(app.asString(), "GroupId")),
                  "SourceSecurityGroupId",
                  Map.of(
                      "Fn::GetAtt",
                      List.of(Match.stringLikeRegexp("LoadBalancerSecurityGroup.*"), "GroupId")))));
    }
    assertThat(foundation.findResources("AWS::EC2::SecurityGroupIngress")).hasSize(4);
    assertThat(service.findResources("AWS::EC2::SecurityGroupIngress")).isEmpty();
    // Only the load balancer is open to the internet, on HTTP (and HTTPS with a domain).
    Capture open = new Capture();
    foundation.hasResourceProperties(
        "AWS::EC2::SecurityGroup",
        Match.objectLike(
            Map.of(
                "GroupDescription",
                Match.stringLikeRegexp("Stockroom load balancer.*"),
                "SecurityGroupIngress",
                open)));
    assertThat(open.asArray()).hasSize(1);
    assertThat(open.asArray().get(0).toString())
        .contains("CidrIp=0.0.0.0/0")
        .contains("FromPort=80");
    foundationWithDomain.hasResourceProperties(
        "AWS::EC2::SecurityGroup",
        Match.objectLike(
            Map.of(
                "GroupDescription", Match.stringLikeRegexp("Stockroom load balancer.*"),
                "SecurityGroupIngress",
                    List.of(
                        Match.objectLike(Map.of("CidrIp", "0.0.0.0/0", "FromPort", 80)),
                        Match.objectLike(Map.of("CidrIp", "0.0.0.0/0", "FromPort", 443))))));
    assertThat(
            foundation.findResources(
                "AWS::EC2::SecurityGroup",
                Match.objectLike(
                    Map.of(
                        "Properties",
                        Match.objectLike(
                            Map.of(
                                "GroupDescription",
                                Match.stringLikeRegexp("Stockroom (tasks|PostgreSQL).*"),
                                "SecurityGroupIngress",
                                Match.anyValue()))))))
        .as("tasks and database take no address ranges")
        .isEmpty();
  }

  @Test
  void imageRepositoryScansAndNeverOverwritesATag() {
    foundation.hasResource(
        "AWS::ECR::Repository",
        Match.objectLike(
            Map.of(
                "DeletionPolicy",
                "Retain",
                "Properties",
                Match.objectLike(
                    Map.of(
                        "ImageScanningConfiguration",
                        Map.of("ScanOnPush", true),
                        "ImageTagMutability",
                        "IMMUTABLE")))));
  }

  @Test
  void secretsForDatabaseTokenKeysAndSmtpExist() {
    foundation.resourceCountIs("AWS::SecretsManager::Secret", 3);
    foundation.hasResourceProperties(
        "AWS::SecretsManager::SecretTargetAttachment",
        Match.objectLike(Map.of("TargetType", "AWS::RDS::DBInstance")));
    foundation.hasResourceProperties(
        "AWS::SecretsManager::Secret",
        Match.objectLike(
            Map.of(
                "GenerateSecretString",
                Match.objectLike(
                    Map.of("SecretStringTemplate", "{\"signingKey\":\"\",\"jwks\":\"\"}")))));
    foundation.hasResourceProperties(
        "AWS::SecretsManager::Secret",
        Match.objectLike(
            Map.of(
                "GenerateSecretString",
                Match.objectLike(
                    Map.of("SecretStringTemplate", "{\"username\":\"\",\"password\":\"\"}")))));
    for (String output :
        List.of("RepositoryUri", "JwtKeysSecretArn", "SmtpSecretArn", "SmtpUserName")) {
      foundation.hasOutput(output, Match.anyValue());
    }
  }

  @Test
  void sesIdentityAndAnSmtpUserThatMaySendMailOnly() {
    foundation.hasResourceProperties(
        "AWS::SES::EmailIdentity", Map.of("EmailIdentity", "shop@example.com"));
    foundationWithDomain.hasResourceProperties(
        "AWS::SES::EmailIdentity", Match.objectLike(Map.of("EmailIdentity", "example.com")));
    // DKIM records for the domain go into the zone.
    foundationWithDomain.resourceCountIs("AWS::Route53::RecordSet", 3);
    foundation.resourceCountIs("AWS::IAM::User", 1);
    foundation.hasResourceProperties(
        "AWS::IAM::Policy",
        Match.objectLike(
            Map.of(
                "PolicyDocument",
                Map.of(
                    "Statement",
                    List.of(
                        Match.objectLike(Map.of("Action", "ses:SendRawEmail", "Effect", "Allow"))),
                    "Version",
                    "2012-10-17"))));
  }

  @Test
  void replicaLagAlarmGoesToTheAlarmTopic() {
    foundation.hasResourceProperties(
        "AWS::CloudWatch::Alarm",
        Match.objectLike(
            Map.of(
                "MetricName", "ReplicaLag",
                "Namespace", "AWS/RDS",
                "Threshold", 30,
                "ComparisonOperator", "GreaterThanThreshold",
                "AlarmActions", List.of(Map.of("Ref", Match.stringLikeRegexp("Alarms.*"))))));
    foundation.resourceCountIs("AWS::SNS::Subscription", 0);
    foundationWithDomain.hasResourceProperties(
        "AWS::SNS::Subscription",
        Map.of("Protocol", "email", "Endpoint", "ops@example.com", "TopicArn", Match.anyValue()));
  }

  // ---- Service --------------------------------------------------------------------------------

  @Test
  void fargateServiceRunsAtLeastTwoPrivateTasksAndRollsBackFailedDeployments() {
    service.hasResourceProperties(
        "AWS::ECS::Service",
        Match.objectLike(
            Map.of(
                "LaunchType",
                "FARGATE",
                "DesiredCount",
                2,
                "HealthCheckGracePeriodSeconds",
                300,
                "DeploymentConfiguration",
                Match.objectLike(
                    Map.of(
                        "MinimumHealthyPercent",
                        100,
                        "DeploymentCircuitBreaker",
                        Map.of("Enable", true, "Rollback", true))),
                "NetworkConfiguration",
                Map.of(
                    "AwsvpcConfiguration",
                    Match.objectLike(Map.of("AssignPublicIp", "DISABLED"))))));
  }

  @Test
  void containerGetsSecretsAsSecretsAndNothingSecretInItsEnvironment() {
    Capture secrets = new Capture();
    Capture environment = new Capture();
    service.hasResourceProperties(
        "AWS::ECS::TaskDefinition",
        Match.objectLike(
            Map.of(
                "RequiresCompatibilities", List.of("FARGATE"),
                "ContainerDefinitions",
                    List.of(
                        Match.objectLike(
                            Map.of(
                                "Name",
                                "stockroom",
                                "Secrets",
                                secrets,
                                "Environment",
                                environment,
                                "StopTimeout",
                                60,
                                "LinuxParameters",
                                Map.of("InitProcessEnabled", true)))))));
    List<String> secretNames =
        secrets.asArray().stream().map(s -> ((Map<?, ?>) s).get("Name").toString()).toList();
    assertThat(secretNames)
        .containsExactlyInAnyOrder(
            "STOCKROOM_DB_USER",
            "STOCKROOM_DB_PASSWORD",
            "STOCKROOM_JWT_SIGNING_KEY",
            "STOCKROOM_JWT_JWKS",
            "STOCKROOM_SMTP_USER",
            "STOCKROOM_SMTP_PASSWORD");
    for (Object secret : secrets.asArray()) {
      // ValueFrom is "<secret ARN>:<json field>::", never a literal.
      assertThat(((Map<?, ?>) secret).get("ValueFrom").toString()).contains("Fn::");
    }
    Map<String, Object> env = new HashMap<>();
    for (Object entry : environment.asArray()) {
      env.put(((Map<?, ?>) entry).get("Name").toString(), ((Map<?, ?>) entry).get("Value"));
    }
    assertThat(env.keySet())
        .allMatch(name -> name.startsWith("STOCKROOM_"))
        .noneMatch(name -> name.matches(".*(PASSWORD|SECRET|SIGNING_KEY|JWKS|_USER)$"))
        .doesNotContain("STOCKROOM_NODE_ID");
    assertThat(env)
        .containsEntry("STOCKROOM_LOG_FORMAT", "json")
        .containsEntry("STOCKROOM_BEHIND_PROXY", "true")
        .containsEntry("STOCKROOM_SMTP_PORT", "587")
        .containsEntry("STOCKROOM_SMTP_STARTTLS", "true")
        .containsEntry("STOCKROOM_MAIL_FROM", "Stockroom <shop@example.com>");
    assertThat(env.get("STOCKROOM_DB_URL").toString()).contains("jdbc:postgresql://");
    assertThat(env.get("STOCKROOM_DB_REPLICA_URL").toString())
        .contains("readOnly=true&readOnlyMode=always&connectTimeout=2")
        .contains("ReadReplica");
  }

  @Test
  void containerLogsJsonToCloudWatchAndUsesTheRepositoryImage() {
    service.hasResourceProperties(
        "AWS::ECS::TaskDefinition",
        Match.objectLike(
            Map.of(
                "Cpu", "1024",
                "Memory", "2048",
                "ContainerDefinitions",
                    List.of(
                        Match.objectLike(
                            Map.of(
                                "Image", Match.objectLike(Map.of("Fn::Join", Match.anyValue())),
                                "LogConfiguration",
                                    Match.objectLike(
                                        Map.of(
                                            "LogDriver",
                                            "awslogs",
                                            "Options",
                                            Match.objectLike(
                                                Map.of("mode", "non-blocking"))))))))));
    assertThat(service.toJSON().toString()).contains(":0123456789ab");
    service.hasResourceProperties("AWS::Logs::LogGroup", Map.of("RetentionInDays", 30));
  }

  @Test
  void loadBalancerChecksReadinessOnTheManagementPort() {
    service.hasResourceProperties(
        "AWS::ElasticLoadBalancingV2::LoadBalancer",
        Match.objectLike(Map.of("Scheme", "internet-facing", "Type", "application")));
    service.hasResourceProperties(
        "AWS::ElasticLoadBalancingV2::TargetGroup",
        Match.objectLike(
            Map.of(
                "Port", 8080,
                "Protocol", "HTTP",
                "TargetType", "ip",
                "HealthCheckPath", "/health/ready",
                "HealthCheckPort", "9990",
                "HealthCheckProtocol", "HTTP",
                "Matcher", Map.of("HttpCode", "200"))));
    service.hasResourceProperties(
        "AWS::ElasticLoadBalancingV2::LoadBalancer",
        Match.objectLike(
            Map.of(
                "SecurityGroups",
                List.of(
                    Map.of(
                        "Fn::ImportValue",
                        Match.stringLikeRegexp(".*LoadBalancerSecurityGroup.*"))))));
  }

  @Test
  void withoutADomainServesHttpOnTheBalancersName() {
    service.resourceCountIs("AWS::ElasticLoadBalancingV2::Listener", 1);
    service.hasResourceProperties(
        "AWS::ElasticLoadBalancingV2::Listener",
        Match.objectLike(Map.of("Port", 80, "Protocol", "HTTP")));
    service.resourceCountIs("AWS::CertificateManager::Certificate", 0);
    service.hasOutput("Url", Match.anyValue());
  }

  @Test
  void withADomainServesHttpsWithACertificateRedirectsHttpAndPointsDnsAtTheBalancer() {
    serviceWithDomain.hasResourceProperties(
        "AWS::CertificateManager::Certificate",
        Match.objectLike(Map.of("DomainName", "shop.example.com", "ValidationMethod", "DNS")));
    serviceWithDomain.hasResourceProperties(
        "AWS::ElasticLoadBalancingV2::Listener",
        Match.objectLike(
            Map.of("Port", 443, "Protocol", "HTTPS", "Certificates", Match.anyValue())));
    serviceWithDomain.hasResourceProperties(
        "AWS::ElasticLoadBalancingV2::Listener",
        Match.objectLike(
            Map.of(
                "Port",
                80,
                "DefaultActions",
                List.of(
                    Match.objectLike(
                        Map.of(
                            "Type",
                            "redirect",
                            "RedirectConfig",
                            Match.objectLike(Map.of("Protocol", "HTTPS", "Port", "443"))))))));
    serviceWithDomain.hasResourceProperties(
        "AWS::Route53::RecordSet",
        Match.objectLike(
            Map.of(
                "Name", "shop.example.com.",
                "Type", "A",
                "HostedZoneId", "Z0123456789ABCDEFGHIJ")));
    serviceWithDomain.hasOutput("Url", Map.of("Value", "https://shop.example.com"));
  }

  @Test
  void scalesOnCpuBetweenTwoAndSixTasks() {
    service.hasResourceProperties(
        "AWS::ApplicationAutoScaling::ScalableTarget",
        Match.objectLike(
            Map.of(
                "MinCapacity", 2,
                "MaxCapacity", 6,
                "ScalableDimension", "ecs:service:DesiredCount")));
    service.hasResourceProperties(
        "AWS::ApplicationAutoScaling::ScalingPolicy",
        Match.objectLike(
            Map.of(
                "PolicyType",
                "TargetTrackingScaling",
                "TargetTrackingScalingPolicyConfiguration",
                Match.objectLike(
                    Map.of(
                        "TargetValue",
                        60,
                        "PredefinedMetricSpecification",
                        Map.of("PredefinedMetricType", "ECSServiceAverageCPUUtilization"))))));
  }

  @Test
  void alarmsOn5xxRateAndUnhealthyTasks() {
    Capture metrics = new Capture();
    service.hasResourceProperties(
        "AWS::CloudWatch::Alarm",
        Match.objectLike(
            Map.of(
                "Threshold",
                5,
                "ComparisonOperator",
                "GreaterThanThreshold",
                "Metrics",
                metrics,
                "AlarmActions",
                List.of(Match.objectLike(Map.of("Fn::ImportValue", Match.anyValue()))))));
    assertThat(metrics.asArray().toString())
        .contains("HTTPCode_ELB_5XX_Count")
        .contains("HTTPCode_Target_5XX_Count")
        .contains("RequestCount")
        .contains("100 * (FILL(elb5xx, 0) + FILL(target5xx, 0)) / requests");
    service.hasResourceProperties(
        "AWS::CloudWatch::Alarm",
        Match.objectLike(
            Map.of(
                "MetricName", "UnHealthyHostCount",
                "Threshold", 1,
                "ComparisonOperator", "GreaterThanOrEqualToThreshold")));
    service.hasResourceProperties(
        "AWS::CloudWatch::Alarm",
        Match.objectLike(
            Map.of(
                "MetricName", "HealthyHostCount",
                "Threshold", 2,
                "ComparisonOperator", "LessThanThreshold")));
  }

  // ---- Settings -------------------------------------------------------------------------------

  @Test
  void refusesSettingsThatCannotWork() {
    Map<String, String> good = Map.of("imageTag", "t", "mailFrom", "shop@example.com");
    assertThatThrownBy(() -> settings(without(good, "imageTag")))
        .hasMessageContaining("imageTag is required");
    assertThatThrownBy(() -> settings(with(good, "mailFrom", "not an address")))
        .hasMessageContaining("mailFrom must be an address");
    assertThatThrownBy(() -> settings(with(good, "minTasks", "1")))
        .hasMessageContaining("at least 2");
    assertThatThrownBy(() -> settings(with(good, "maxTasks", "three")))
        .hasMessageContaining("maxTasks must be a whole number");
    assertThatThrownBy(() -> settings(with(good, "domainName", "shop.example.com")))
        .hasMessageContaining("domainName needs hostedZoneId");
    Map<String, String> zone =
        with(with(good, "hostedZoneId", "Z1"), "hostedZoneName", "example.org");
    assertThatThrownBy(() -> settings(with(zone, "domainName", "shop.example.com")))
        .hasMessageContaining("is not inside hosted zone example.org");
    assertThatThrownBy(() -> settings(zone)).hasMessageContaining("mailFrom must be @example.org");
    assertThat(settings(with(good, "mailFrom", "Shop <a.b@example.com>")).mailFromAddress())
        .isEqualTo("a.b@example.com");
  }

  private static Settings settings(Map<String, String> context) {
    return Settings.from(
        new App(AppProps.builder().context(new HashMap<>(context)).build()).getNode());
  }

  private static Map<String, String> with(Map<String, String> map, String key, String value) {
    Map<String, String> copy = new HashMap<>(map);
    copy.put(key, value);
    return copy;
  }

  private static Map<String, String> without(Map<String, String> map, String key) {
    Map<String, String> copy = new HashMap<>(map);
    copy.remove(key);
    return copy;
  }
}

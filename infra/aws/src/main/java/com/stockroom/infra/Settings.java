package com.stockroom.infra;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.constructs.Node;

/**
 * What differs between deployments, read from CDK context ({@code -c key=value}, which {@code
 * deploy.sh} fills from its environment, or {@code cdk.json}). Checked before anything is built, so
 * a wrong combination fails the synthesis with a sentence, not a half-created stack.
 *
 * @param imageTag tag of the server image in the ECR repository (deploy.sh: the git commit)
 * @param mailFrom sender of every mail, {@code Name <address>} or a bare address; SES verifies it
 * @param domainName public host name of the shop ({@code shop.example.com}); empty: the load
 *     balancer's own name over HTTP
 * @param hostedZoneId Route 53 public hosted zone that holds {@code domainName}
 * @param hostedZoneName that zone's name ({@code example.com})
 * @param alarmEmail address subscribed to the alarm topic; empty: subscribe later
 * @param minTasks tasks that always run (at least two)
 * @param maxTasks upper bound of CPU autoscaling
 * @param databaseInstanceType RDS instance class of the primary and the replica
 * @param natGateways NAT gateways (one per availability zone keeps egress up when a zone fails)
 */
public record Settings(
    String imageTag,
    String mailFrom,
    Optional<String> domainName,
    Optional<String> hostedZoneId,
    Optional<String> hostedZoneName,
    Optional<String> alarmEmail,
    int minTasks,
    int maxTasks,
    String databaseInstanceType,
    int natGateways) {

  private static final Pattern MAIL_ADDRESS =
      Pattern.compile("^(?:[^<>]*<)?([^<>@\\s]+@([^<>@\\s]+\\.[^<>@\\s]+))>?$");

  public Settings {
    require(!imageTag.isBlank(), "imageTag is required (deploy.sh passes the pushed image's tag)");
    require(
        MAIL_ADDRESS.matcher(mailFrom.trim()).matches(),
        "mailFrom must be an address or 'Name <address>', got '" + mailFrom + "'");
    require(minTasks >= 2, "minTasks must be at least 2 (one task is no high availability)");
    require(maxTasks >= minTasks, "maxTasks must be at least minTasks");
    require(natGateways >= 1 && natGateways <= 2, "natGateways must be 1 or 2");
    require(
        hostedZoneId.isPresent() == hostedZoneName.isPresent(),
        "hostedZoneId and hostedZoneName go together");
    require(
        domainName.isEmpty() || hostedZoneId.isPresent(),
        "domainName needs hostedZoneId and hostedZoneName (the Route 53 zone that holds it)");
    domainName.ifPresent(
        domain ->
            require(
                domain.equals(hostedZoneName.orElseThrow())
                    || domain.endsWith("." + hostedZoneName.orElseThrow()),
                "domainName " + domain + " is not inside hosted zone " + hostedZoneName.get()));
    hostedZoneName.ifPresent(
        zone ->
            require(
                mailDomain(mailFrom).equals(zone),
                "with a hosted zone, SES verifies the zone's domain: mailFrom must be @" + zone));
  }

  /** Reads the settings from the app's context (see cdk.json for the defaults). */
  public static Settings from(Node context) {
    return new Settings(
        text(context, "imageTag").orElse(""),
        text(context, "mailFrom").orElse(""),
        text(context, "domainName"),
        text(context, "hostedZoneId"),
        text(context, "hostedZoneName"),
        text(context, "alarmEmail"),
        number(context, "minTasks", 2),
        number(context, "maxTasks", 6),
        text(context, "databaseInstanceType").orElse("t4g.medium"),
        number(context, "natGateways", 2));
  }

  /** The bare address of {@link #mailFrom}. */
  public String mailFromAddress() {
    return mailAddress(mailFrom).group(1);
  }

  private static String mailDomain(String mailFrom) {
    return mailAddress(mailFrom).group(2);
  }

  private static Matcher mailAddress(String mailFrom) {
    Matcher matcher = MAIL_ADDRESS.matcher(mailFrom.trim());
    require(matcher.matches(), "not a mail address: " + mailFrom);
    return matcher;
  }

  private static Optional<String> text(Node context, String key) {
    Object value = context.tryGetContext(key);
    return value == null || value.toString().isBlank()
        ? Optional.empty()
        : Optional.of(value.toString().trim());
  }

  private static int number(Node context, String key, int defaultValue) {
    if (context.tryGetContext(key) instanceof Number number) {
      return number.intValue();
    }
    Optional<String> value = text(context, key);
    try {
      return value.map(Integer::parseInt).orElse(defaultValue);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a whole number, got " + value.get(), e);
    }
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}

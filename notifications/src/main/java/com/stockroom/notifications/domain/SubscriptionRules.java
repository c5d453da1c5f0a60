package com.stockroom.notifications.domain;

import com.stockroom.common.problem.FieldError;
import com.stockroom.notifications.api.EventTypes;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What a webhook subscription's fields must be. Each check adds its problems to a list. */
public final class SubscriptionRules {

  public static final int MAX_URL_LENGTH = 2000;
  public static final int MAX_DESCRIPTION_LENGTH = 200;

  private SubscriptionRules() {}

  /**
   * An absolute http(s) URL with a host and no credentials (they would end up in logs and the
   * delivery log; receivers authenticate us by the signature).
   */
  public static String url(String raw, List<FieldError> errors) {
    if (raw == null || raw.isBlank()) {
      errors.add(new FieldError("url", "is required"));
      return null;
    }
    String url = raw.trim();
    if (url.length() > MAX_URL_LENGTH) {
      errors.add(new FieldError("url", "must be at most " + MAX_URL_LENGTH + " characters"));
      return null;
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      errors.add(new FieldError("url", "is not a valid URL"));
      return null;
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
      errors.add(new FieldError("url", "must be an absolute http or https URL"));
      return null;
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      errors.add(new FieldError("url", "must name a host"));
      return null;
    }
    if (uri.getRawUserInfo() != null) {
      errors.add(new FieldError("url", "must not carry credentials"));
      return null;
    }
    if (uri.getRawFragment() != null) {
      errors.add(new FieldError("url", "must not have a fragment"));
      return null;
    }
    return url;
  }

  /** One or more of {@link EventTypes#PUBLISHABLE}, duplicates folded. */
  public static Set<String> eventTypes(List<String> raw, List<FieldError> errors) {
    if (raw == null || raw.isEmpty()) {
      errors.add(
          new FieldError(
              "eventTypes",
              "must name at least one of " + String.join(", ", EventTypes.PUBLISHABLE)));
      return null;
    }
    Set<String> types = new LinkedHashSet<>();
    boolean valid = true;
    for (int i = 0; i < raw.size(); i++) {
      String type = raw.get(i);
      if (type == null || !EventTypes.PUBLISHABLE.contains(type)) {
        errors.add(
            new FieldError(
                "eventTypes[" + i + "]",
                "must be one of " + String.join(", ", EventTypes.PUBLISHABLE)));
        valid = false;
      } else {
        types.add(type);
      }
    }
    return valid ? types : null;
  }

  public static String description(String raw, List<FieldError> errors) {
    if (raw == null) {
      return null;
    }
    String description = raw.strip();
    if (description.length() > MAX_DESCRIPTION_LENGTH) {
      errors.add(
          new FieldError(
              "description", "must be at most " + MAX_DESCRIPTION_LENGTH + " characters"));
      return null;
    }
    if (description.chars().anyMatch(c -> Character.isISOControl(c))) {
      errors.add(new FieldError("description", "must not contain control characters"));
      return null;
    }
    return description;
  }
}

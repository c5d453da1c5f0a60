package com.stockroom.common.web;

import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * The id of the request being served. It lives in the logging MDC under {@value #MDC_KEY}, so every
 * log line of the request carries it, and problem documents quote it as {@code instance}.
 */
public final class RequestIds {

  public static final String HEADER = "X-Request-ID";
  public static final String MDC_KEY = "requestId";

  /** What we accept from clients: short, printable, safe in logs and headers. */
  private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  private RequestIds() {}

  public static String current() {
    Object id = MDC.get(MDC_KEY);
    return id == null ? null : id.toString();
  }

  /** The client's id when it is acceptable, else a new one. */
  public static String acceptOrCreate(String fromClient) {
    if (fromClient != null && ACCEPTABLE.matcher(fromClient).matches()) {
      return fromClient;
    }
    return UUID.randomUUID().toString();
  }

  public static void bind(String id) {
    MDC.put(MDC_KEY, id);
  }

  public static void unbind() {
    MDC.remove(MDC_KEY);
  }
}

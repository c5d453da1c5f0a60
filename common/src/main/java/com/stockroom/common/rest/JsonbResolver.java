package com.stockroom.common.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every request body and response. Without a resolver, RESTEasy's JSON-B
 * provider builds a new {@link Jsonb} per request and Yasson introspects every class it writes
 * again, which was 80 % of the server's CPU on a small JSON answer (bench/README.md). A {@code
 * Jsonb} is thread-safe and caches what it learns about classes.
 */
@Provider
public class JsonbResolver implements ContextResolver<Jsonb> {

  static final Jsonb JSONB = JsonbBuilder.create();

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }
}

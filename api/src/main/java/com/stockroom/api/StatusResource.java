package com.stockroom.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The service's name and version, fixed at build time. Clients and operators use it to see which
 * build answers; the benchmarks use it as the HTTP stack's ceiling (the same filters, JAX-RS and
 * JSON-B as every other resource, and no work behind them).
 */
@Path("status")
@Tag(name = "platform")
public class StatusResource {

  private static final ServiceStatus STATUS = load();

  @GET
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Name and version of the service")
  @APIResponse(
      responseCode = "200",
      description = "The service",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ServiceStatus.class)))
  public ServiceStatus status() {
    return STATUS;
  }

  private static ServiceStatus load() {
    Properties properties = new Properties();
    try (InputStream in = StatusResource.class.getResourceAsStream("service.properties")) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ServiceStatus(properties.getProperty("name"), properties.getProperty("version"));
  }
}

package com.stockroom.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Swagger UI at {@code /api/docs}, reading {@code /openapi}. The files come from the swagger-ui
 * webjar; they are served here because the JAX-RS application owns every path under /api.
 */
@Path("docs")
public class DocsResource {

  private static final String WEBJAR =
      "META-INF/resources/webjars/swagger-ui/" + webjarVersion() + "/";
  private static final Map<String, String> TYPES =
      Map.of(
          "js", "text/javascript",
          "css", "text/css",
          "html", "text/html",
          "png", "image/png",
          "map", "application/json");

  @GET
  @Operation(hidden = true)
  public Response index() {
    return file("index.html", "ui/index.html");
  }

  @GET
  @Path("{file: [A-Za-z0-9._-]+}")
  @Operation(hidden = true)
  public Response asset(@PathParam("file") String file) {
    if (file.equals("swagger-initializer.js")) {
      return file(file, "ui/swagger-initializer.js");
    }
    return file(file, null);
  }

  private Response file(String name, String ownResource) {
    InputStream content =
        ownResource != null
            ? DocsResource.class.getResourceAsStream(ownResource)
            : DocsResource.class.getClassLoader().getResourceAsStream(WEBJAR + name);
    if (content == null) {
      throw new NotFoundException();
    }
    String extension = name.substring(name.lastIndexOf('.') + 1);
    CacheControl cache = new CacheControl();
    cache.setMaxAge(ownResource != null ? 0 : 86400);
    return Response.ok(content, TYPES.getOrDefault(extension, "application/octet-stream"))
        .cacheControl(cache)
        .build();
  }

  private static String webjarVersion() {
    Properties properties = new Properties();
    try (InputStream in = DocsResource.class.getResourceAsStream("swagger-ui.properties")) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }
}

package com.stockroom.common.rest;

import com.stockroom.common.json.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Reads {@code application/merge-patch+json} (RFC 7396) bodies into JSON-P objects, so PATCH
 * methods see exactly what the client sent. Without it the runtime hands that media type to its
 * JSON-B reader, which cannot build a {@link JsonObject} (RESTEasy's own merge-patch filter, which
 * would pass the merged whole instead, is disabled in the API's web.xml). Bad JSON is still a 400:
 * the JSON-P parsing exception reaches {@link CatchAllExceptionMapper}.
 */
@Provider
@Consumes(MergePatchReader.MEDIA_TYPE)
public class MergePatchReader implements MessageBodyReader<JsonObject> {

  public static final String MEDIA_TYPE = "application/merge-patch+json";

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return JsonObject.class.isAssignableFrom(type);
  }

  @Override
  public JsonObject readFrom(
      Class<JsonObject> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entityStream) {
    try (JsonReader reader = Jsonp.createReader(entityStream)) {
      return reader.readObject();
    }
  }
}

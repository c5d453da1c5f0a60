package com.stockroom.admin.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times as the console shows them: to the minute, in UTC (the server's and the API's zone). */
@FacesConverter("consoleTime")
public class ConsoleTimeConverter implements Converter<Instant> {

  static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  @Override
  public Instant getAsObject(FacesContext context, UIComponent component, String value) {
    throw new ConverterException("times are shown, not entered");
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Instant value) {
    return value == null ? "—" : FORMAT.format(value);
  }
}

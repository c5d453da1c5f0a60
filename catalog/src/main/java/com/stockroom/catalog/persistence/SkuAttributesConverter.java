package com.stockroom.catalog.persistence;

import com.stockroom.catalog.domain.SkuAttributes;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link SkuAttributes} as canonical JSON text. */
@Converter
public class SkuAttributesConverter implements AttributeConverter<SkuAttributes, String> {
  @Override
  public String convertToDatabaseColumn(SkuAttributes attributes) {
    return attributes == null ? SkuAttributes.NONE.toJson() : attributes.toJson();
  }

  @Override
  public SkuAttributes convertToEntityAttribute(String json) {
    return SkuAttributes.fromJson(json);
  }
}

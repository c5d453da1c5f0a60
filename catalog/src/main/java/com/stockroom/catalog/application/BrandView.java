package com.stockroom.catalog.application;

import com.stockroom.catalog.persistence.Brand;
import java.time.Instant;

/** A brand; its contact e-mail is shown to staff only. */
public record BrandView(String id, String name, String contactEmail, Instant createdAt) {
  static BrandView of(Brand brand, boolean staff) {
    return new BrandView(
        Long.toString(brand.id()),
        brand.name(),
        staff ? brand.contactEmail() : null,
        brand.createdAt());
  }
}

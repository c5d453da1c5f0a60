package com.stockroom.catalog.api;

/**
 * Which products to list; {@code null} means any.
 *
 * @param text words of the name or description
 * @param status {@code DRAFT}, {@code ACTIVE} or {@code DISCONTINUED}
 * @param deleted {@code true} for deleted products only, {@code false} for live ones only
 */
public record ProductFilter(String text, String status, Boolean deleted) {}

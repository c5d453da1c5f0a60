package com.stockroom.catalog.api;

/** New values of a product's own fields; all are set (the form shows them all). */
public record ProductChanges(
    String name, String description, String categoryId, String brandId, String status) {}

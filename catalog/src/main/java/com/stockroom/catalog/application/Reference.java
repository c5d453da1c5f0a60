package com.stockroom.catalog.application;

/** Another resource by id, with its name for display. */
public record Reference(String id, String name) {}

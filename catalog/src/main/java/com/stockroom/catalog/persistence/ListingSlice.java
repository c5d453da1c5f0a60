package com.stockroom.catalog.persistence;

import java.util.List;

/** A page of rows, how many match in all, and whether more follow the page. */
public record ListingSlice(List<ListingRow> rows, long total, boolean more) {}

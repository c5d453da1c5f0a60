package com.stockroom.catalog.persistence;

/**
 * A place in a sorted listing: the sort key of the last row seen (text of a lower-cased name, a
 * price in minor units, or a creation time as ISO-8601) and its id.
 */
public record ListingPosition(String key, long id) {}

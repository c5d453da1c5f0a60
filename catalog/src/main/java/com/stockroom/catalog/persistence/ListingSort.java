package com.stockroom.catalog.persistence;

/** The orders a product listing can take; each ends with the id, so keyset cursors are exact. */
public enum ListingSort {
  /** By name, A to Z (the database's collation, case-insensitive). */
  NAME,
  /** Cheapest first, by the lowest SKU price. */
  PRICE_ASC,
  /** Dearest first, by the lowest SKU price. */
  PRICE_DESC,
  /** Most recently created first. */
  NEWEST
}

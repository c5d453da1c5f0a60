package com.stockroom.orders.persistence;

/** What an entry of an order's history records. */
public enum HistoryKind {
  PLACED,
  STATUS,
  CANCELLED,
  RETURN
}

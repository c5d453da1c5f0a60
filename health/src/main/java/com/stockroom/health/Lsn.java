package com.stockroom.health;

/** A PostgreSQL WAL position ({@code 16/B374D848}) as a byte offset. */
final class Lsn {
  private Lsn() {}

  static long parse(String lsn) {
    int slash = lsn.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException("not an LSN: " + lsn);
    }
    return (Long.parseLong(lsn.substring(0, slash), 16) << 32)
        | Long.parseLong(lsn.substring(slash + 1), 16);
  }
}

package com.stockroom.common.persistence;

/**
 * PostgreSQL write-ahead log positions ({@code 16/B374D848}) as byte offsets, and the one subtle
 * comparison the replica monitor needs.
 */
public final class WalPosition {

  /** XLOG_BLCKSZ of a standard build: WAL pages are 8 kB. */
  static final long PAGE_SIZE = 8192;

  /** Sizes of the short and the long (first page of a segment) WAL page headers. */
  static final long SHORT_PAGE_HEADER = 24;

  static final long LONG_PAGE_HEADER = 40;

  private WalPosition() {}

  public static long parse(String lsn) {
    if (lsn == null) {
      throw new IllegalArgumentException("no LSN");
    }
    int slash = lsn.indexOf('/');
    if (slash <= 0 || slash == lsn.length() - 1) {
      throw new IllegalArgumentException("not an LSN: " + lsn);
    }
    try {
      return (Long.parseLong(lsn.substring(0, slash), 16) << 32)
          | Long.parseLong(lsn.substring(slash + 1), 16);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not an LSN: " + lsn, e);
    }
  }

  /**
   * Whether a standby that has replayed up to {@code replayed} has everything the primary had
   * inserted when it reported {@code inserted} ({@code pg_current_wal_insert_lsn()}).
   *
   * <p>The insert position skips the next page's header when the last record ended exactly on a
   * page boundary, while replay reports the record's end; on an idle primary the two then differ by
   * exactly one page header although nothing is missing.
   */
  public static boolean covers(long replayed, long inserted) {
    if (replayed >= inserted) {
      return true;
    }
    long gap = inserted - replayed;
    return replayed % PAGE_SIZE == 0 && (gap == SHORT_PAGE_HEADER || gap == LONG_PAGE_HEADER);
  }
}

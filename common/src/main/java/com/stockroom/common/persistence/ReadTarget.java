package com.stockroom.common.persistence;

/** Where a read goes. */
public enum ReadTarget {
  /** The streaming replica: current enough for this read. */
  REPLICA,
  /** The primary: inside a transaction, the replica is unusable, or it has not caught up yet. */
  PRIMARY
}

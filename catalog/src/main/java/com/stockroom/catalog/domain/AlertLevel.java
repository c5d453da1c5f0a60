package com.stockroom.catalog.domain;

/** How badly a SKU is short, by its thresholds; stored as {@link #code()}. */
public enum AlertLevel {
  NONE(0),
  LOW(1),
  CRITICAL(2);

  private final int code;

  AlertLevel(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  public static AlertLevel ofCode(int code) {
    for (AlertLevel level : values()) {
      if (level.code == code) {
        return level;
      }
    }
    throw new IllegalArgumentException("alert level " + code);
  }

  /** The level of {@code available} units under {@code thresholds}. */
  public static AlertLevel of(int available, AlertThresholds thresholds) {
    if (thresholds.critical() != null && available < thresholds.critical()) {
      return CRITICAL;
    }
    if (thresholds.alert() != null && available < thresholds.alert()) {
      return LOW;
    }
    return NONE;
  }
}

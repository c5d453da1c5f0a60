package com.stockroom.catalog.domain;

/**
 * What a change of a SKU's available stock or thresholds means for its alerts.
 *
 * <p>A low-stock alert is published each time the level rises: stock falls below a threshold, or a
 * threshold is raised above the stock, including from low to critical. Staying below, falling
 * further within the same level or recovering publishes nothing; recovering and falling again
 * publishes again. Reaching zero from positive stock is an out-of-stock event on its own.
 *
 * @param from the level before the change
 * @param to the level after it, which the SKU keeps
 * @param lowStock whether to publish a low-stock alert
 * @param outOfStock whether to publish an out-of-stock event
 */
public record AlertCrossing(AlertLevel from, AlertLevel to, boolean lowStock, boolean outOfStock) {

  /**
   * @param current the level the SKU is recorded at (what was last published)
   * @param availableBefore available units before the change
   * @param availableAfter available units after it
   * @param thresholds the thresholds after the change
   */
  public static AlertCrossing of(
      AlertLevel current, int availableBefore, int availableAfter, AlertThresholds thresholds) {
    AlertLevel to = AlertLevel.of(availableAfter, thresholds);
    return new AlertCrossing(
        current, to, to.compareTo(current) > 0, availableBefore > 0 && availableAfter <= 0);
  }
}

package com.stockroom.catalog.api;

import com.stockroom.common.paging.Page;
import com.stockroom.common.paging.PageRequest;
import com.stockroom.common.security.Caller;
import jakarta.ejb.Local;

/**
 * Stock as the staff console works with it, under the rules of the stock API: managers see and move
 * every SKU's stock; a brand user sees its own brand's SKUs and may only restock them. Refusals are
 * {@link com.stockroom.common.problem.ProblemException}s (validation problems name the API's
 * fields: {@code deltaQuantity}, {@code reason}, {@code alert.quantity}, ...).
 */
@Local
public interface StockAdministration {

  /** Live SKUs' stock by code: every SKU for a manager, its own brand's for a brand user. */
  Page<SkuStock> stock(Caller caller, PageRequest page);

  SkuStock stockOf(Caller caller, String sku);

  /**
   * Posts a movement of units on hand with a reason; the ledger gets its line.
   *
   * @throws InsufficientStockException when it would take more than is available to sell
   */
  LedgerEntry adjust(Caller caller, StockAdjustment adjustment);

  /** A SKU's ledger, newest first. */
  Page<LedgerEntry> ledger(Caller caller, String sku, PageRequest page);

  /**
   * Sets a SKU's low-stock thresholds (managers only); both {@code null} removes them. Raising the
   * threshold above the available stock trips the alert as a movement would.
   */
  void changeThresholds(Caller caller, String sku, Integer alert, Integer critical);

  /** Tripped low-stock alerts, worst first: all for a manager, its own for a brand user. */
  Page<TrippedAlert> alerts(Caller caller, PageRequest page);

  /** Proves the ledger explains every SKU's stock (managers only). */
  ConsistencyCheck check(Caller caller);
}

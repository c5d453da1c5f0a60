package com.stockroom.catalog.api;

import jakarta.ejb.Local;
import java.util.Collection;
import java.util.Map;

/** Looks up SKUs by code for selling. */
@Local
public interface SkuCatalog {

  /**
   * The SKUs with these codes, deleted ones included (with {@code sellable = false}); unknown codes
   * are absent from the map. Reads the primary, inside the caller's transaction when there is one,
   * without locking: {@link Inventory} re-checks under locks when it moves stock.
   */
  Map<String, SkuInfo> findByCodes(Collection<String> codes);
}

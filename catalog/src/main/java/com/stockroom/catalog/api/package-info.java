/**
 * What other modules may use of the catalog: look up SKUs ({@link SkuCatalog}) and move stock
 * inside their own transaction ({@link Inventory}): sell all-or-nothing, hold for carts, put back;
 * and, for the staff console, stock administration ({@link StockAdministration}). Records and
 * exceptions only; no entity leaves the module.
 */
package com.stockroom.catalog.api;

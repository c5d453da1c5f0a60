/**
 * The catalog's rules: products, their SKUs and the category tree and brands they belong to, stock
 * levels and the ledger that explains them, holds, and when a stock change trips a low-stock alert.
 * No HTTP here and no queries: entities change their own state and value objects check it.
 */
package com.stockroom.catalog.domain;

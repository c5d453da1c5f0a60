package com.stockroom.admin.web;

import com.stockroom.admin.security.ConsoleUser;
import com.stockroom.catalog.api.ConsistencyCheck;
import com.stockroom.catalog.api.LedgerEntry;
import com.stockroom.catalog.api.SkuStock;
import com.stockroom.catalog.api.StockAdjustment;
import com.stockroom.catalog.api.StockAdministration;
import com.stockroom.common.paging.Page;
import com.stockroom.common.problem.ProblemException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Inventory: stock per SKU page by page; for the SKU picked, its ledger, a movement with a reason,
 * its alert thresholds; and the ledger consistency check. Brand users see and restock their own
 * brand's SKUs only (the catalog decides, not this page).
 */
@Named
@ViewScoped
public class InventoryPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final List<String> MANAGER_REASONS =
      List.of("adjustment", "restock", "sale", "cancellation", "return");

  @Inject transient StockAdministration inventory;
  @Inject ConsoleUser user;

  private String page;
  private String sku;
  private String ledgerPage;

  private transient Page<SkuStock> stock;
  private transient SkuStock selected;
  private transient Page<LedgerEntry> ledger;

  private Integer delta;
  private String reason;
  private String note;
  private String reference;
  private Integer alertThreshold;
  private Integer criticalThreshold;

  public void load() {
    stock = inventory.stock(user.caller(), Paging.request(page));
    selected = null;
    ledger = null;
    if (sku != null && !sku.isBlank()) {
      try {
        selected = inventory.stockOf(user.caller(), sku);
        ledger = inventory.ledger(user.caller(), sku, Paging.request(ledgerPage));
        alertThreshold = selected.alertThreshold();
        criticalThreshold = selected.criticalThreshold();
      } catch (ProblemException e) {
        Feedback.problem(e);
        sku = null;
      }
    }
    if (reason == null) {
      reason = user.isManager() ? "adjustment" : "restock";
    }
  }

  public void adjust() {
    try {
      LedgerEntry entry =
          inventory.adjust(user.caller(), new StockAdjustment(sku, delta, reason, note, reference));
      Feedback.info(
          String.format(
              "%s: %+d (%s). %d on hand now.",
              entry.sku(), entry.delta(), entry.reason().toLowerCase(), entry.balanceAfter()));
      delta = null;
      note = null;
      reference = null;
    } catch (ProblemException e) {
      Feedback.problem(
          e,
          Map.of(
              "deltaQuantity", "adjust:delta",
              "reason", "adjust:reason",
              "note", "adjust:note",
              "reference", "adjust:reference"));
    }
    reload();
  }

  public void changeThresholds() {
    try {
      inventory.changeThresholds(user.caller(), sku, alertThreshold, criticalThreshold);
      Feedback.info(
          alertThreshold == null && criticalThreshold == null
              ? sku + " has no low-stock alert any more."
              : sku + " alerts below " + describe(alertThreshold, criticalThreshold) + ".");
    } catch (ProblemException e) {
      Feedback.problem(
          e,
          Map.of(
              "alert.quantity", "thresholds:alert",
              "alert.critical", "thresholds:critical",
              "alert", "thresholds:alert"));
      return;
    }
    reload();
  }

  public void check() {
    try {
      ConsistencyCheck result = inventory.check(user.caller());
      if (result.consistent()) {
        Feedback.info(
            "Consistency check passed: the ledger explains the stock of all "
                + result.skus()
                + " SKUs.");
      } else {
        Feedback.error(
            "Consistency check failed for "
                + result.brokenSkus()
                + " SKUs: "
                + String.join(", ", result.firstBroken()));
      }
    } catch (ProblemException e) {
      Feedback.problem(e);
    }
    reload();
  }

  private void reload() {
    load();
  }

  private static String describe(Integer alert, Integer critical) {
    if (critical == null) {
      return alert + " units";
    }
    if (alert == null) {
      return critical + " units (critical)";
    }
    return alert + " units, critical below " + critical;
  }

  private Page<SkuStock> stockPage() {
    if (stock == null) {
      load();
    }
    return stock;
  }

  public List<SkuStock> getStock() {
    return stockPage().items();
  }

  public SkuStock getSelected() {
    stockPage();
    return selected;
  }

  public List<LedgerEntry> getLedger() {
    stockPage();
    return ledger == null ? List.of() : ledger.items();
  }

  public List<String> getReasons() {
    return user.isManager() ? MANAGER_REASONS : List.of("restock");
  }

  public PageLinks getPager() {
    return new PageLinks(stockPage(), Map.of());
  }

  public String getLedgerSummary() {
    return ledger == null ? "" : Paging.summary(ledger);
  }

  public boolean isLedgerHasNext() {
    return ledger != null && ledger.hasNextPage();
  }

  public boolean isLedgerHasPrevious() {
    return ledger != null && ledger.page() > 1;
  }

  public String getLedgerNextLink() {
    return ledgerLink(ledger.page() + 1);
  }

  public String getLedgerPreviousLink() {
    return ledgerLink(ledger.page() - 1);
  }

  private String ledgerLink(int number) {
    return Paging.link(Map.of("sku", sku, "page", page == null ? "" : page), "ledgerPage", number);
  }

  /** The link that opens a SKU's ledger, keeping the stock page. */
  public String skuLink(String code) {
    return Paging.link(Map.of("sku", code), stockPage().page());
  }

  /** {@code +5}, {@code -3}, {@code 0}. */
  public String signed(int delta) {
    return delta > 0 ? "+" + delta : Integer.toString(delta);
  }

  public String badge(String level) {
    return switch (level == null ? "NONE" : level) {
      case "CRITICAL" -> "bad";
      case "LOW" -> "warn";
      default -> "ok";
    };
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }

  public String getSku() {
    return sku;
  }

  public void setSku(String sku) {
    this.sku = sku;
  }

  public String getLedgerPage() {
    return ledgerPage;
  }

  public void setLedgerPage(String ledgerPage) {
    this.ledgerPage = ledgerPage;
  }

  public Integer getDelta() {
    return delta;
  }

  public void setDelta(Integer delta) {
    this.delta = delta;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public Integer getAlertThreshold() {
    return alertThreshold;
  }

  public void setAlertThreshold(Integer alertThreshold) {
    this.alertThreshold = alertThreshold;
  }

  public Integer getCriticalThreshold() {
    return criticalThreshold;
  }

  public void setCriticalThreshold(Integer criticalThreshold) {
    this.criticalThreshold = criticalThreshold;
  }
}

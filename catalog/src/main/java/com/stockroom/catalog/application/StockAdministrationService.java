package com.stockroom.catalog.application;

import com.stockroom.catalog.api.ConsistencyCheck;
import com.stockroom.catalog.api.LedgerEntry;
import com.stockroom.catalog.api.SkuStock;
import com.stockroom.catalog.api.StockAdjustment;
import com.stockroom.catalog.api.StockAdministration;
import com.stockroom.catalog.api.TrippedAlert;
import com.stockroom.common.json.Jsonp;
import com.stockroom.common.paging.Page;
import com.stockroom.common.paging.PageRequest;
import com.stockroom.common.problem.Violations;
import com.stockroom.common.security.Caller;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.validation.Validator;
import java.time.Instant;

/**
 * {@link StockAdministration} for the console, on the services behind the stock API: the same
 * request records, validated with the same constraints, and the same access rules.
 */
@Stateless
public class StockAdministrationService implements StockAdministration {

  @Inject StockService stock;
  @Inject ProductService products;
  @Inject Validator validator;

  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Page<SkuStock> stock(Caller caller, PageRequest page) {
    return stock.list(null, page, caller).map(StockAdministrationService::stock);
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public SkuStock stockOf(Caller caller, String sku) {
    return stock(stock.stock(sku, caller));
  }

  @Override
  public LedgerEntry adjust(Caller caller, StockAdjustment adjustment) {
    PostMovementRequest request =
        Violations.check(
            validator,
            new PostMovementRequest(
                adjustment.sku(),
                adjustment.deltaQuantity(),
                adjustment.reason(),
                blankToNull(adjustment.note()),
                blankToNull(adjustment.reference())));
    return entry(stock.post(request, caller));
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Page<LedgerEntry> ledger(Caller caller, String sku, PageRequest page) {
    return stock.ledger(sku, page, null, caller).map(StockAdministrationService::entry);
  }

  @Override
  public void changeThresholds(Caller caller, String sku, Integer alert, Integer critical) {
    JsonObjectBuilder thresholds = Jsonp.createObjectBuilder();
    if (alert == null) {
      thresholds.addNull("quantity");
    } else {
      thresholds.add("quantity", alert);
    }
    if (critical == null) {
      thresholds.addNull("critical");
    } else {
      thresholds.add("critical", critical);
    }
    products.updateSku(sku, Jsonp.createObjectBuilder().add("alert", thresholds).build(), caller);
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Page<TrippedAlert> alerts(Caller caller, PageRequest page) {
    JsonObject answer = stock.alerts(page, caller);
    return new Page<>(
        answer.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .map(StockAdministrationService::alert)
            .toList(),
        answer.getInt("page"),
        answer.getInt("size"),
        answer.getJsonNumber("totalItems").longValue(),
        answer.getJsonNumber("totalPages").intValue(),
        null);
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ConsistencyCheck check(Caller caller) {
    ConsistencyReport report = stock.check(caller);
    return new ConsistencyCheck(
        report.checkedAt(),
        report.consistent(),
        report.skus(),
        report.movementsSinceSnapshots(),
        report.brokenSkus(),
        report.mismatches().stream().map(ConsistencyReport.Mismatch::sku).toList());
  }

  private static SkuStock stock(StockView view) {
    return new SkuStock(
        view.sku(),
        view.productId(),
        view.productName(),
        view.brandId(),
        view.onHand(),
        view.reserved(),
        view.available(),
        view.alert().quantity(),
        view.alert().critical(),
        view.alertLevel(),
        view.alertSince());
  }

  private static LedgerEntry entry(MovementView movement) {
    return new LedgerEntry(
        movement.id(),
        movement.sku(),
        movement.deltaQuantity(),
        movement.reservedDelta(),
        movement.reason(),
        movement.reference(),
        movement.note(),
        movement.actor(),
        movement.balanceAfter(),
        movement.reservedAfter(),
        movement.createdAt());
  }

  private static TrippedAlert alert(JsonObject item) {
    JsonObject thresholds = item.getJsonObject("alert");
    return new TrippedAlert(
        item.getString("sku"),
        item.getString("name"),
        item.getString("brand"),
        item.getInt("quantity"),
        integerOrNull(thresholds, "quantity"),
        integerOrNull(thresholds, "critical"),
        item.getString("level"),
        Instant.parse(item.getString("created_at")));
  }

  private static Integer integerOrNull(JsonObject object, String name) {
    JsonValue value = object.get(name);
    return value == null || value.getValueType() == JsonValue.ValueType.NULL
        ? null
        : object.getInt(name);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}

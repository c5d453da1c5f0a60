package com.stockroom.catalog.application;

import com.stockroom.catalog.domain.AlertCrossing;
import com.stockroom.catalog.persistence.AlertItem;
import com.stockroom.catalog.persistence.LockedSku;
import com.stockroom.catalog.persistence.StockRepository;
import com.stockroom.common.json.Jsonp;
import com.stockroom.notifications.api.EventPublisher;
import com.stockroom.notifications.api.EventTypes;
import com.stockroom.notifications.api.OutboundEvent;
import com.stockroom.notifications.api.Recipients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Turns alert crossings into events in the notifications outbox, in the transaction of the stock
 * change: a rollback publishes nothing. Low stock goes to staff with every other tripped SKU; out
 * of stock goes to the brand's contact.
 */
@ApplicationScoped
public class AlertPublisher {

  private static final Logger LOG = Logger.getLogger(AlertPublisher.class);

  @PersistenceContext(unitName = "catalog")
  EntityManager em;

  @Inject StockRepository stock;

  @Inject Instance<EventPublisher> publishers;

  void publish(AlertCrossing crossing, LockedSku sku, Instant now) {
    if (crossing.lowStock()) {
      JsonArrayBuilder others = Jsonp.createArrayBuilder();
      for (AlertItem other : stock.tripped(em, null, sku.id(), 0, Integer.MAX_VALUE)) {
        others.add(item(other));
      }
      JsonObject payload =
          Jsonp.createObjectBuilder()
              .add("most_recent", item(current(sku, now)))
              .add("other", others)
              .build();
      send(
          new OutboundEvent(
              EventTypes.LOW_STOCK, "sku:" + sku.code(), payload, Recipients.staffOnly()));
    }
    if (crossing.outOfStock()) {
      JsonObject payload =
          Jsonp.createObjectBuilder()
              .add("sku", sku.code())
              .add("productId", Long.toString(sku.productId()))
              .add("name", sku.productName())
              .add(
                  "brand",
                  Jsonp.createObjectBuilder()
                      .add("id", Long.toString(sku.brandId()))
                      .add("name", sku.brandName())
                      .add("contactEmail", sku.brandEmail()))
              .add("occurredAt", now.toString())
              .build();
      send(
          new OutboundEvent(
              EventTypes.OUT_OF_STOCK,
              "sku:" + sku.code(),
              payload,
              Recipients.to(sku.brandEmail())));
    }
  }

  private void send(OutboundEvent event) {
    if (publishers.isUnsatisfied()) {
      LOG.warnf(
          "no event publisher is deployed; %s for %s not sent", event.type(), event.subject());
      return;
    }
    publishers.get().publish(event);
  }

  private static AlertItem current(LockedSku sku, Instant now) {
    return new AlertItem(
        sku.id(),
        sku.code(),
        sku.productName(),
        sku.brandId(),
        sku.brandName(),
        sku.priceAmount(),
        sku.currency(),
        sku.level().available(),
        sku.thresholds().alert(),
        sku.thresholds().critical(),
        sku.alert().level().code(),
        sku.alert().since() == null ? now : sku.alert().since());
  }

  /** The item shape of {@link EventTypes#LOW_STOCK}, also what the alert list shows. */
  static JsonObject item(AlertItem item) {
    JsonObjectBuilder alert = Jsonp.createObjectBuilder();
    if (item.alertThreshold() == null) {
      alert.addNull("quantity");
    } else {
      alert.add("quantity", item.alertThreshold());
    }
    if (item.criticalThreshold() == null) {
      alert.addNull("critical");
    } else {
      alert.add("critical", item.criticalThreshold());
    }
    return Jsonp.createObjectBuilder()
        .add("id", Long.toString(item.skuId()))
        .add("sku", item.sku())
        .add("name", item.name())
        .add("brand", item.brand())
        .add(
            "price",
            Jsonp.createObjectBuilder()
                .add("amount", item.priceAmount())
                .add("currency", item.currency()))
        .add("quantity", item.quantity())
        .add("alert", alert)
        .add("created_at", item.since().toString())
        .build();
  }
}

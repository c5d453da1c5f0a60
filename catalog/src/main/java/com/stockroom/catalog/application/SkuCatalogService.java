package com.stockroom.catalog.application;

import com.stockroom.catalog.api.SkuCatalog;
import com.stockroom.catalog.api.SkuInfo;
import com.stockroom.catalog.domain.SkuAttributes;
import com.stockroom.catalog.persistence.SellableRow;
import com.stockroom.catalog.persistence.StockRepository;
import com.stockroom.common.money.Money;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** {@link SkuCatalog} for other modules: their callers are whoever they serve. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SkuCatalogService implements SkuCatalog {

  @Inject StockRepository stock;

  @Override
  public Map<String, SkuInfo> findByCodes(Collection<String> codes) {
    Map<String, SkuInfo> found = new HashMap<>();
    for (SellableRow row : stock.sellables(codes)) {
      found.put(
          row.code(),
          new SkuInfo(
              row.code(),
              row.productId(),
              row.productName(),
              SkuAttributes.fromJson(row.attributesJson()).values(),
              new Money(row.priceAmount(), row.currency()),
              row.available(),
              row.sellable(),
              row.externallyFulfilled(),
              row.brandId()));
    }
    return found;
  }
}

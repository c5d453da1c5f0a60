package com.stockroom.admin.web;

import com.stockroom.admin.security.ConsoleUser;
import com.stockroom.catalog.api.ProductAdministration;
import com.stockroom.catalog.api.ProductFilter;
import com.stockroom.catalog.api.ProductRow;
import com.stockroom.common.money.Money;
import com.stockroom.common.paging.Page;
import com.stockroom.common.problem.ProblemException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Products: one page at a time from the catalog's own listing (nothing more is loaded), filtered by
 * text, status and deletion; deleting and restoring from the list.
 */
@Named
@ViewScoped
public class ProductsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ProductAdministration products;
  @Inject ConsoleUser user;

  private String text;
  private String status;
  private String deleted;
  private String page;
  private transient Page<ProductRow> result;

  public void load() {
    Boolean deletedFilter =
        switch (deleted == null ? "" : deleted) {
          case "deleted" -> Boolean.TRUE;
          case "any" -> null;
          default -> Boolean.FALSE;
        };
    try {
      result =
          products.products(
              user.caller(), new ProductFilter(text, status, deletedFilter), Paging.request(page));
    } catch (ProblemException e) {
      Feedback.problem(e);
      result = Page.of(List.of(), Paging.request(null), 0);
    }
  }

  public void delete(ProductRow product) {
    try {
      products.delete(user.caller(), Long.parseLong(product.id()));
      Feedback.info(product.name() + " is deleted: customers no longer see it. Restore undoes it.");
    } catch (ProblemException e) {
      Feedback.problem(e);
    }
    load();
  }

  public void restore(ProductRow product) {
    try {
      products.restore(user.caller(), Long.parseLong(product.id()));
      Feedback.info(product.name() + " is restored.");
    } catch (ProblemException e) {
      Feedback.problem(e);
    }
    load();
  }

  private Page<ProductRow> result() {
    if (result == null) {
      load();
    }
    return result;
  }

  public List<ProductRow> getProducts() {
    return result().items();
  }

  public String money(Money money) {
    return money == null ? "—" : Formats.money(money);
  }

  public PageLinks getPager() {
    return new PageLinks(result(), filters());
  }

  private Map<String, String> filters() {
    return Map.of(
        "q", text == null ? "" : text,
        "status", status == null ? "" : status,
        "deleted", deleted == null ? "" : deleted);
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getDeleted() {
    return deleted;
  }

  public void setDeleted(String deleted) {
    this.deleted = deleted;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}

package com.stockroom.admin.web;

import com.stockroom.admin.security.ConsoleUser;
import com.stockroom.common.paging.Page;
import com.stockroom.common.problem.ProblemException;
import com.stockroom.identity.api.CustomerAccount;
import com.stockroom.identity.api.CustomerAdministration;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Customers: search by name or e-mail, filter by state, disable and enable. */
@Named
@ViewScoped
public class CustomersPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CustomerAdministration customers;
  @Inject ConsoleUser user;

  private String text;
  private String state;
  private String page;
  private transient Page<CustomerAccount> result;

  public void load() {
    Boolean enabled =
        switch (state == null ? "" : state) {
          case "enabled" -> Boolean.TRUE;
          case "disabled" -> Boolean.FALSE;
          default -> null;
        };
    result = customers.search(user.caller(), text, enabled, Paging.request(page));
  }

  public void disable(CustomerAccount customer) {
    try {
      customers.disable(user.caller(), customer.id());
      Feedback.info(customer.email() + " is disabled: signed out of the app, and cannot sign in.");
    } catch (ProblemException e) {
      Feedback.problem(e);
    }
    load();
  }

  public void enable(CustomerAccount customer) {
    try {
      customers.enable(user.caller(), customer.id());
      Feedback.info(customer.email() + " is enabled again.");
    } catch (ProblemException e) {
      Feedback.problem(e);
    }
    load();
  }

  private Page<CustomerAccount> result() {
    if (result == null) {
      load();
    }
    return result;
  }

  public List<CustomerAccount> getCustomers() {
    return result().items();
  }

  public PageLinks getPager() {
    return new PageLinks(result(), filters());
  }

  private Map<String, String> filters() {
    return Map.of("q", text == null ? "" : text, "state", state == null ? "" : state);
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}

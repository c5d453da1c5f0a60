package com.stockroom.admin.web;

import com.stockroom.admin.security.ConsoleUser;
import com.stockroom.common.money.Money;
import com.stockroom.common.problem.ProblemException;
import com.stockroom.orders.api.OrderAdministration;
import com.stockroom.orders.api.OrderDetail;
import com.stockroom.orders.api.ReturnedItem;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One order: its lines, status history and returns; a button for each move the workflow allows
 * staff now (and no other), cancelling with a reason, and recording a return.
 */
@Named
@ViewScoped
public class OrderPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient OrderAdministration orders;
  @Inject ConsoleUser user;

  private String id;
  private transient OrderDetail order;

  private String note;
  private String cancelReason;
  private Map<String, String> returnQuantities = new HashMap<>();
  private boolean restock = true;
  private String returnNote;

  public void load() throws IOException {
    if (id == null || !id.matches("[1-9][0-9]{0,17}")) {
      notFound();
      return;
    }
    try {
      order = orders.order(user.caller(), Long.parseLong(id));
    } catch (ProblemException e) {
      notFound();
    }
  }

  private void notFound() throws IOException {
    FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such order");
    FacesContext.getCurrentInstance().responseComplete();
  }

  public void move(String status) {
    try {
      order = orders.changeStatus(user.caller(), orderId(), status, note, order.version());
      Feedback.info("Order " + order.id() + " is " + order.status() + " now.");
      note = null;
    } catch (ProblemException e) {
      Feedback.problem(e, Map.of("note", "move:note"));
      reload();
    }
  }

  public void cancel() {
    try {
      order = orders.cancel(user.caller(), orderId(), cancelReason);
      Feedback.info("Order " + order.id() + " is cancelled; its stock is back on hand.");
      cancelReason = null;
    } catch (ProblemException e) {
      Feedback.problem(e, Map.of("reason", "cancel:reason"));
      reload();
    }
  }

  public void recordReturn() {
    List<ReturnedItem> items = new ArrayList<>();
    Map<String, String> fields = new HashMap<>();
    boolean unreadable = false;
    for (int i = 0; i < order.lines().size(); i++) {
      OrderDetail.Line line = order.lines().get(i);
      String raw = returnQuantities.get(line.sku());
      if (raw == null || raw.isBlank()) {
        continue;
      }
      String clientId = "return:lines:" + i + ":quantity";
      if (!raw.trim().matches("-?[0-9]{1,9}")) {
        FacesContext.getCurrentInstance()
            .addMessage(
                clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, "Enter a whole number.", null));
        unreadable = true;
        continue;
      }
      fields.put("lines[" + items.size() + "].quantity", clientId);
      fields.put("lines[" + items.size() + "].sku", clientId);
      fields.put("lines[" + items.size() + "]", clientId);
      items.add(new ReturnedItem(line.sku(), Integer.valueOf(raw.trim())));
    }
    if (unreadable) {
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    if (items.isEmpty()) {
      Feedback.error("Enter how many units of at least one line came back.");
      return;
    }
    fields.put("note", "return:note");
    try {
      order = orders.recordReturn(user.caller(), orderId(), items, restock, returnNote);
      Feedback.info(
          "Return recorded for order "
              + order.id()
              + (restock ? "; the units are back on hand." : "; the units were not restocked."));
      returnQuantities = new HashMap<>();
      returnNote = null;
    } catch (ProblemException e) {
      Feedback.problem(e, fields);
    }
  }

  private void reload() {
    try {
      order = orders.order(user.caller(), orderId());
    } catch (ProblemException e) {
      Feedback.problem(e);
    }
  }

  private long orderId() {
    return Long.parseLong(id);
  }

  public OrderDetail getOrder() {
    return order;
  }

  /** The workflow moves other than cancelling, which has its own form. */
  public List<String> getMoves() {
    return order.nextStatuses().stream().filter(s -> !"CANCELLED".equals(s)).toList();
  }

  public boolean isCancellable() {
    return order.nextStatuses().contains("CANCELLED");
  }

  /** {@code Placed}, {@code WAITING → PREPARATION}, {@code Return}. */
  public String describe(OrderDetail.Change change) {
    return switch (change.kind()) {
      case "PLACED" -> "Placed";
      case "RETURN" -> "Return";
      default -> (change.from() == null ? "" : change.from() + " → ") + change.to();
    };
  }

  public String money(Money money) {
    return Formats.money(money);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public void setCancelReason(String cancelReason) {
    this.cancelReason = cancelReason;
  }

  public Map<String, String> getReturnQuantities() {
    return returnQuantities;
  }

  public boolean isRestock() {
    return restock;
  }

  public void setRestock(boolean restock) {
    this.restock = restock;
  }

  public String getReturnNote() {
    return returnNote;
  }

  public void setReturnNote(String returnNote) {
    this.returnNote = returnNote;
  }
}

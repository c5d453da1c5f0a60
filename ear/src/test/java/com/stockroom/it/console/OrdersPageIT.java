package com.stockroom.it.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Orders: a manager finds an order, moves it through the workflow with only the allowed moves
 * offered at each step, records a return after delivery, and cancels another order.
 */
class OrdersPageIT extends ConsoleTest {

  private static String brandId;
  private static String categoryId;

  @BeforeAll
  static void catalog() {
    brandId = ShopData.brand(ShopData.unique("Orders"));
    categoryId = ShopData.category(ShopData.unique("Orders"));
  }

  @Test
  void anOrderMovesThroughTheWorkflowOfferingOnlyAllowedMoves() {
    String sku = ShopData.product(brandId, categoryId, "Workflow Tea", 10);
    long customer = ThreadLocalRandom.current().nextLong(800_000_000L, 900_000_000L);
    String orderId = ShopData.order(customer, sku, 3);
    signIn(StaffAccounts.manager("Otis Orders"));

    browser().click(By.id("nav-orders"), "orders");
    By orderLink = By.xpath("//table[@id='orders']//a[text()='" + orderId + "']");
    browser()
        .openUntil(CONSOLE + "/orders.xhtml?customer=" + customer, "orders-of-customer", orderLink);
    assertThat(browser().all(By.cssSelector("#orders tbody tr"))).hasSize(1);
    browser().click(orderLink, "order-waiting");

    assertThat(browser().text(By.id("order-status"))).isEqualTo("WAITING");
    assertThat(moves()).containsExactly("Move to PREPARATION");
    assertThat(browser().isPresent(By.id("cancel:confirm"))).isTrue();

    move("PREPARATION", "order-preparation");
    assertThat(moves()).containsExactlyInAnyOrder("Move to READY", "Move to WAITING");

    move("READY", "order-ready");
    assertThat(moves()).containsExactly("Move to DELIVERED");
    assertThat(browser().isPresent(By.id("cancel:confirm"))).isFalse();

    move("DELIVERED", "order-delivered");
    assertThat(moves()).isEmpty();
    assertThat(browser().isPresent(By.id("cancel:confirm"))).isFalse();

    browser().type(By.id("return:lines:0:quantity"), "5");
    browser().click(By.id("return:record"), "return-too-many");
    assertThat(browser().text(By.cssSelector("#lines .field-error"))).isNotBlank();
    assertThat(browser().text(By.cssSelector("#lines .returned"))).isEqualTo("0");

    browser().type(By.id("return:lines:0:quantity"), "1");
    browser().type(By.id("return:note"), "Lid was cracked");
    browser().click(By.id("return:record"), "return-recorded");
    assertThat(browser().text(By.id("flash"))).contains("Return recorded", "back on hand");
    assertThat(browser().text(By.cssSelector("#lines .returned"))).isEqualTo("1");
    assertThat(browser().text(By.id("returns"))).contains(sku + " × 1", "Lid was cracked");
    assertThat(
            browser().all(By.cssSelector("#history .change")).stream()
                .map(WebElement::getText)
                .toList())
        .containsExactly(
            "Placed",
            "WAITING → PREPARATION",
            "PREPARATION → READY",
            "READY → DELIVERED",
            "Return");
  }

  @Test
  void aManagerCancelsAWaitingOrderWithAReason() {
    String sku = ShopData.product(brandId, categoryId, "Cancelled Tea", 5);
    long customer = ThreadLocalRandom.current().nextLong(800_000_000L, 900_000_000L);
    String orderId = ShopData.order(customer, sku, 2);
    signIn(StaffAccounts.manager("Cleo Cancels"));

    browser().openUntil(CONSOLE + "/order.xhtml?id=" + orderId, "order", By.id("order-status"));
    browser().type(By.id("cancel:reason"), "Customer called");
    browser().click(By.id("cancel:confirm"), "cancelled");

    assertThat(browser().text(By.id("flash"))).contains("is cancelled");
    assertThat(browser().text(By.id("order-status"))).isEqualTo("CANCELLED");
    assertThat(moves()).isEmpty();
    assertThat(browser().text(By.id("history"))).contains("Customer called");

    browser().open(CONSOLE + "/inventory.xhtml?sku=" + sku, "stock-put-back");
    assertThat(browser().text(By.id("selected-on-hand"))).isEqualTo("5");
  }

  private List<String> moves() {
    return browser().all(By.cssSelector("#move input.move")).stream()
        .map(button -> button.getAttribute("value"))
        .toList();
  }

  private void move(String status, String label) {
    browser().click(By.cssSelector("#move input[value='Move to " + status + "']"), label);
    assertThat(browser().text(By.id("flash"))).contains("is " + status + " now");
    assertThat(browser().text(By.id("order-status"))).isEqualTo(status);
  }
}

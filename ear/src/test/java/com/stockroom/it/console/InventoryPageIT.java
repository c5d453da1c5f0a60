package com.stockroom.it.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.stockroom.it.console.StaffAccounts.Account;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Inventory and the dashboard's alerts: a manager moves stock with a reason and sees the ledger
 * line; bad input is refused next to the field and changes nothing; stock below a threshold shows
 * on the dashboard; a brand user sees only its own SKUs and none of the manager's pages.
 */
class InventoryPageIT extends ConsoleTest {

  private static String brandId;
  private static String categoryId;

  @BeforeAll
  static void catalog() {
    brandId = ShopData.brand(ShopData.unique("Inventory"));
    categoryId = ShopData.category(ShopData.unique("Inventory"));
  }

  @Test
  void aManagerAdjustsStockWithAReasonAndSeesTheLedgerLine() {
    String sku = ShopData.product(brandId, categoryId, "Ledger Tea", 10);
    signIn(StaffAccounts.manager("Ivo Inventory"));

    browser().openUntil(skuPage(sku), "sku-picked", By.id("selected"));
    assertThat(browser().text(By.id("selected-on-hand"))).isEqualTo("10");
    browser().type(By.id("adjust:delta"), "-3");
    browser().select(By.id("adjust:reason"), "adjustment");
    browser().type(By.id("adjust:note"), "Two tins dented in transit");
    browser().click(By.id("adjust:post"), "adjusted");

    assertThat(browser().text(By.id("flash"))).contains(sku + ": -3 (adjustment). 7 on hand now.");
    assertThat(browser().text(By.id("selected-on-hand"))).isEqualTo("7");
    List<WebElement> newest = firstLedgerRow();
    assertThat(newest.get(1).getText()).isEqualTo("ADJUSTMENT");
    assertThat(newest.get(2).getText()).isEqualTo("-3");
    assertThat(newest.get(3).getText()).isEqualTo("7");
    assertThat(newest.get(5).getText()).contains("Two tins dented in transit");
  }

  @Test
  void aManagerRunsTheConsistencyCheck() {
    signIn(StaffAccounts.manager("Cleo Check"));
    browser().open(CONSOLE + "/inventory.xhtml", "inventory");

    browser().click(By.id("check:run"), "checked");

    assertThat(browser().text(By.id("flash")))
        .contains("Consistency check passed: the ledger explains the stock of all");
  }

  @Test
  void badInputIsRefusedNextToTheFieldAndChangesNothing() {
    String sku = ShopData.product(brandId, categoryId, "Refused Tea", 4);
    signIn(StaffAccounts.manager("Bea Bad-Input"));
    browser().openUntil(skuPage(sku), "sku-picked", By.id("selected"));

    browser().type(By.id("adjust:delta"), "many");
    browser().click(By.id("adjust:post"), "not-a-number");
    assertThat(fieldError("adjust:delta")).contains("whole number");

    browser().type(By.id("adjust:delta"), "-5");
    browser().click(By.id("adjust:post"), "too-many-out");
    assertThat(browser().text(By.id("flash"))).contains("Only 4 of " + sku + " available");

    browser().type(By.id("thresholds:alert"), "0");
    browser().click(By.id("thresholds:save"), "bad-threshold");
    assertThat(fieldError("thresholds:alert")).isNotBlank();

    browser().open(skuPage(sku), "unchanged");
    assertThat(browser().text(By.id("selected-on-hand"))).isEqualTo("4");
    assertThat(browser().all(By.cssSelector("#ledger tbody tr"))).hasSize(1);
  }

  @Test
  void stockBelowItsThresholdShowsOnTheDashboard() {
    String sku = ShopData.product(brandId, categoryId, "Alerting Tea", 20);
    signIn(StaffAccounts.manager("Alma Alerts"));
    browser().openUntil(skuPage(sku), "sku-picked", By.id("selected"));

    browser().type(By.id("thresholds:alert"), "10");
    browser().click(By.id("thresholds:save"), "threshold-set");
    assertThat(browser().text(By.id("flash"))).contains(sku + " alerts below 10 units");
    assertThat(browser().text(By.id("selected-level"))).isEqualTo("NONE");

    browser().type(By.id("adjust:delta"), "-15");
    browser().click(By.id("adjust:post"), "below-threshold");
    assertThat(browser().text(By.id("selected-level"))).isEqualTo("LOW");

    browser().click(By.id("nav-dashboard"), "dashboard");
    By alertRow = By.xpath("//table[@id='alerts']//tr[.//a[text()='" + sku + "']]");
    assertThat(browser().text(alertRow)).contains("Alerting Tea", "5", "LOW");
  }

  @Test
  void aBrandUserSeesOnlyItsOwnSkusAndNoManagerPages() {
    String otherBrand = ShopData.brand(ShopData.unique("Other"));
    String own = ShopData.product(brandId, categoryId, "Own Tea", 6);
    String foreign = ShopData.product(otherBrand, categoryId, "Foreign Tea", 6);
    Account brandUser = StaffAccounts.brand("Bruno Brand", Long.parseLong(brandId));
    signIn(brandUser);

    assertThat(browser().text(By.id("signed-in-as"))).contains("Brand " + brandId);
    assertThat(browser().isPresent(By.id("nav-customers"))).isFalse();
    assertThat(browser().isPresent(By.id("nav-orders"))).isFalse();
    assertThat(browser().isPresent(By.id("nav-products"))).isFalse();
    assertThat(browser().isPresent(By.id("orders-today"))).isFalse();

    By ownRow = By.xpath("//table[@id='stock']//a[text()='" + own + "']");
    browser().openUntil(CONSOLE + "/inventory.xhtml", "brand-inventory", ownRow);
    List<String> listed =
        browser().all(By.cssSelector("#stock .sku")).stream().map(WebElement::getText).toList();
    assertThat(listed).contains(own).doesNotContain(foreign);
    assertThat(browser().isPresent(By.id("check:run"))).isFalse();

    // The manager created it after the own SKU: the replica may show it a moment later.
    browser()
        .openUntil(
            skuPage(foreign),
            "foreign-sku",
            By.xpath("//*[@id='flash'][contains(., 'belongs to another brand')]"));
    assertThat(browser().isPresent(By.id("selected"))).isFalse();

    browser().open(skuPage(own), "own-sku");
    assertThat(browser().isPresent(By.id("thresholds:save"))).isFalse();
    assertThat(browser().all(By.cssSelector("#adjust\\:reason option")))
        .extracting(WebElement::getText)
        .containsExactly("restock");

    browser().open(CONSOLE + "/customers.xhtml", "customers-refused");
    assertThat(browser().text(By.id("error-title"))).isEqualTo("Not for your account");
  }

  private static String skuPage(String sku) {
    return CONSOLE + "/inventory.xhtml?sku=" + sku;
  }

  private List<WebElement> firstLedgerRow() {
    return browser().waitFor(By.cssSelector("#ledger tbody tr")).findElements(By.tagName("td"));
  }

  private String fieldError(String inputId) {
    return browser()
        .waitFor(
            By.xpath(
                "//*[@id='" + inputId + "']/following-sibling::*[contains(@class,'field-error')]"))
        .getText();
  }
}

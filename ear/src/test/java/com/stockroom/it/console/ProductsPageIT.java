package com.stockroom.it.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Products: a manager creates a product with two variants; changes a variant's price, adds a third
 * and deletes and restores one; bad input is refused next to the field and creates nothing; a
 * product is soft-deleted and restored.
 */
class ProductsPageIT extends ConsoleTest {

  private static String brandName;
  private static String categoryName;
  private static String brandId;
  private static String categoryId;

  @BeforeAll
  static void catalog() {
    brandName = ShopData.unique("Brand");
    categoryName = ShopData.unique("Category");
    brandId = ShopData.brand(brandName);
    categoryId = ShopData.category(categoryName);
  }

  @Test
  void aManagerCreatesAProductWithTwoVariants() {
    String name = ShopData.unique("Linen shirt");
    String small = ShopData.unique("SHIRT-S").toUpperCase();
    String medium = ShopData.unique("SHIRT-M").toUpperCase();
    signIn(StaffAccounts.manager("Pia Products"));
    browser().click(By.id("nav-products"), "products");
    browser().click(By.id("new-product"), "new-product");
    createShirt(name, small, medium);

    assertThat(browser().text(By.id("flash"))).contains(name + " is created with 2 variant(s)");
    assertThat(browser().text(By.id("page-title"))).isEqualTo(name);
    assertThat(variantRows()).hasSize(2);
    assertVariant(0, small, "size=S", "39.90", "5", "LIVE");
    assertVariant(1, medium, "size=M", "41.90", "3", "LIVE");
  }

  @Test
  void aManagerChangesAddsDeletesAndRestoresVariants() {
    String name = ShopData.unique("Oxford shirt");
    String small = ShopData.unique("OXF-S").toUpperCase();
    String medium = ShopData.unique("OXF-M").toUpperCase();
    String large = ShopData.unique("OXF-L").toUpperCase();
    signIn(StaffAccounts.manager("Vera Variants"));
    createShirt(name, small, medium);

    // The catalog's own rule (a price is not negative) comes back next to the row's price.
    browser().type(By.id("variants:skus:1:price"), "-1.00");
    browser().click(By.id("variants:skus:1:save"), "variant-price-refused");
    assertThat(fieldError("variants:skus:1:price")).contains("between 0");
    assertThat(browser().isPresent(By.cssSelector("#flash .flash-info"))).isFalse();

    // Two live variants with the same attributes: refused at the top, nothing saved.
    browser().type(By.id("variants:skus:1:price"), "44.50");
    browser().type(By.id("variants:skus:1:attributes"), "size=S");
    browser().click(By.id("variants:skus:1:save"), "variant-attributes-conflict");
    assertThat(browser().text(By.cssSelector("#flash .flash-error"))).contains("same attributes");

    // Saving M keeps what was typed, unsaved, in S's row.
    browser().type(By.id("variants:skus:1:attributes"), "size=M, fit=slim");
    browser().type(By.id("variants:skus:0:price"), "38.00");
    browser().click(By.id("variants:skus:1:save"), "variant-changed");
    assertThat(browser().text(By.id("flash")))
        .contains(medium + " is saved", "fit=slim, size=M", "EUR 44.50");
    assertVariant(1, medium, "fit=slim, size=M", "44.50", "3", "LIVE");
    assertThat(input("variants:skus:0:price")).isEqualTo("38.00");

    browser().type(By.id("new-variant:sku"), large);
    browser().type(By.id("new-variant:attributes"), "size=L");
    browser().type(By.id("new-variant:price"), "45.90");
    browser().type(By.id("new-variant:stock"), "2");
    browser().click(By.id("new-variant:add"), "variant-added");
    assertThat(browser().text(By.id("flash")))
        .contains(large + " is added", "EUR 45.90", "3 variant(s)");
    assertThat(variantRows()).hasSize(3);
    assertVariant(2, large, "size=L", "45.90", "2", "LIVE");
    assertThat(input("new-variant:sku")).isEmpty();

    browser().click(By.id("variants:skus:0:delete"), "variant-deleted");
    assertThat(browser().text(By.id("flash"))).contains(small + " is deleted");
    assertThat(variantRows().get(0)).contains(small, "DELETED");
    assertThat(browser().isPresent(By.id("variants:skus:0:price"))).isFalse();
    assertThat(browser().isPresent(By.id("variants:skus:0:restore"))).isTrue();

    browser().click(By.id("variants:skus:0:restore"), "variant-restored");
    assertThat(browser().text(By.id("flash"))).contains(small + " is restored");
    assertVariant(0, small, "size=S", "39.90", "5", "LIVE");
    assertThat(variantRows()).hasSize(3);

    // Each variant action changed the product's entity tag; the page's own copy must follow.
    browser().type(By.id("product:description"), "Oxford cloth, three sizes");
    browser().click(By.id("product:save"), "product-saved-after-variant-edits");
    assertThat(browser().text(By.id("flash"))).contains(name + " is saved");
  }

  /** On the new-product form: a shirt in S (39.90, 5 units) and M (41.90, 3 units). */
  private void createShirt(String name, String small, String medium) {
    openNewProductForm();
    browser().type(By.id("product:name"), name);
    browser().type(By.id("product:description"), "Washed linen, two sizes");
    browser().select(By.id("product:category"), categoryName);
    browser().select(By.id("product:brand"), brandName);
    fillVariant(0, small, "size=S", "39.90", "5");
    browser().click(By.id("product:add-variant"), "second-variant-row");
    fillVariant(1, medium, "size=M", "41.90", "3");
    browser().click(By.id("product:create"), "created");
  }

  private List<String> variantRows() {
    return browser().all(By.cssSelector("#variants\\:skus tbody tr")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private void assertVariant(
      int row, String sku, String attributes, String price, String onHand, String state) {
    String prefix = "variants:skus:" + row + ":";
    assertThat(variantRows().get(row)).contains(sku, onHand, state);
    assertThat(input(prefix + "attributes")).isEqualTo(attributes);
    assertThat(input(prefix + "price")).isEqualTo(price);
  }

  private String input(String id) {
    return browser().waitFor(By.id(id)).getDomProperty("value");
  }

  @Test
  void badInputIsRefusedNextToTheFieldAndCreatesNothing() {
    String sku = ShopData.unique("REFUSED").toUpperCase();
    signIn(StaffAccounts.manager("Rolf Refused"));
    openNewProductForm();

    browser().select(By.id("product:category"), categoryName);
    browser().select(By.id("product:brand"), brandName);
    fillVariant(0, sku, "", "twelve", "1");
    browser().click(By.id("product:create"), "price-unreadable");
    assertThat(fieldError("product:variants:0:price")).contains("amount such as 12.50");

    browser().type(By.id("product:variants:0:price"), "12.00");
    browser().click(By.id("product:create"), "name-missing");
    assertThat(fieldError("product:name")).isNotBlank();
    assertThat(browser().text(By.id("page-title"))).isEqualTo("New product");

    browser().open(CONSOLE + "/inventory.xhtml?sku=" + sku, "nothing-created");
    assertThat(browser().isPresent(By.id("selected"))).isFalse();
  }

  @Test
  void aProductIsSoftDeletedAndRestored() {
    String name = ShopData.unique("Deleted teapot");
    ShopData.product(brandId, categoryId, name, 2);
    signIn(StaffAccounts.manager("Dag Deletes"));
    By link = By.xpath("//table[@id='products:table']//a[text()='" + name + "']");
    browser().openUntil(CONSOLE + "/products.xhtml?q=" + encode(name), "product-found", link);

    browser().click(link, "product");
    browser().click(By.id("product:delete"), "deleted");
    assertThat(browser().text(By.id("flash"))).contains("is deleted");
    assertThat(browser().isPresent(By.id("deleted-note"))).isTrue();

    browser()
        .openUntil(
            CONSOLE + "/products.xhtml?deleted=deleted&q=" + encode(name),
            "deleted-products",
            link);
    assertThat(browser().text(By.cssSelector("#products\\:table .status"))).isEqualTo("DELETED");
    browser().click(By.cssSelector("#products\\:table input[value='Restore']"), "restored");
    assertThat(browser().text(By.id("flash"))).contains(name + " is restored");
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** The form lists brands and categories read from the replica, which may trail a moment. */
  private void openNewProductForm() {
    browser()
        .openUntil(
            CONSOLE + "/product.xhtml",
            "new-product-form",
            By.xpath("//select[@id='product:brand']/option[text()='" + brandName + "']"));
  }

  private void fillVariant(int row, String sku, String attributes, String price, String stock) {
    String prefix = "product:variants:" + row + ":";
    browser().type(By.id(prefix + "sku"), sku);
    browser().type(By.id(prefix + "attributes"), attributes);
    browser().type(By.id(prefix + "price"), price);
    browser().type(By.id(prefix + "stock"), stock);
  }

  private String fieldError(String inputId) {
    return browser()
        .waitFor(
            By.xpath(
                "//*[@id='" + inputId + "']/following-sibling::*[contains(@class,'field-error')]"))
        .getText();
  }
}

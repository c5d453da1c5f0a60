package com.stockroom.admin.web;

import com.stockroom.admin.security.ConsoleUser;
import com.stockroom.catalog.api.NewProduct;
import com.stockroom.catalog.api.ProductAdministration;
import com.stockroom.catalog.api.ProductAdministration.Choice;
import com.stockroom.catalog.api.ProductChanges;
import com.stockroom.catalog.api.ProductEdit;
import com.stockroom.catalog.api.VariantChanges;
import com.stockroom.common.money.Money;
import com.stockroom.common.problem.ProblemException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A product: a new one with its variants, or an existing one's own fields and variants (change one,
 * add one, delete and restore one); deleting and restoring the product. Prices are typed as amounts
 * ({@code 12.50}) and attributes as {@code size=M, colour=red}; the catalog validates the rest, and
 * its messages go next to the fields.
 */
@Named
@ViewScoped
public class ProductPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ProductAdministration products;
  @Inject ConsoleUser user;

  private String id;
  private transient ProductEdit product;
  private transient List<Choice> brands;
  private transient List<Choice> categories;

  private String name;
  private String description;
  private String categoryId;
  private String brandId;
  private String status = "ACTIVE";
  private List<VariantRow> variants = new ArrayList<>(List.of(new VariantRow()));
  private List<VariantEdit> variantEdits = new ArrayList<>();
  private VariantRow newVariant = new VariantRow();

  /** One variant row of the form for a new product. */
  public static class VariantRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String sku;
    private String attributes;
    private String price;
    private String currency = "EUR";
    private String stock = "0";

    public String getSku() {
      return sku;
    }

    public void setSku(String sku) {
      this.sku = sku;
    }

    public String getAttributes() {
      return attributes;
    }

    public void setAttributes(String attributes) {
      this.attributes = attributes;
    }

    public String getPrice() {
      return price;
    }

    public void setPrice(String price) {
      this.price = price;
    }

    public String getCurrency() {
      return currency;
    }

    public void setCurrency(String currency) {
      this.currency = currency;
    }

    public String getStock() {
      return stock;
    }

    public void setStock(String stock) {
      this.stock = stock;
    }
  }

  /**
   * One existing variant in the form of a product's variants: the values as typed, and as loaded
   * (to tell unsaved edits apart).
   */
  public static class VariantEdit implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String sku;
    private final String currency;
    private final Integer onHand;
    private final int available;
    private final boolean deleted;
    private final String loadedAttributes;
    private final String loadedPrice;
    private String attributes;
    private String price;

    VariantEdit(ProductEdit.Variant variant) {
      sku = variant.sku();
      currency = variant.price().currency();
      onHand = variant.onHand();
      available = variant.available();
      deleted = variant.deletedAt() != null;
      loadedAttributes = attributeText(variant.attributes());
      loadedPrice = BigDecimal.valueOf(variant.price().amount(), 2).toPlainString();
      attributes = loadedAttributes;
      price = loadedPrice;
    }

    boolean isEdited() {
      return !loadedAttributes.equals(attributes) || !loadedPrice.equals(price);
    }

    public String getSku() {
      return sku;
    }

    public String getCurrency() {
      return currency;
    }

    public Integer getOnHand() {
      return onHand;
    }

    public int getAvailable() {
      return available;
    }

    public boolean isDeleted() {
      return deleted;
    }

    public String getAttributes() {
      return attributes;
    }

    public void setAttributes(String attributes) {
      this.attributes = attributes;
    }

    public String getPrice() {
      return price;
    }

    public void setPrice(String price) {
      this.price = price;
    }
  }

  public void load() throws IOException {
    brands = products.brands(user.caller());
    categories = products.categories(user.caller());
    if (id == null || id.isBlank()) {
      return;
    }
    if (!id.matches("[1-9][0-9]{0,17}")) {
      notFound();
      return;
    }
    try {
      show(products.product(user.caller(), Long.parseLong(id)));
    } catch (ProblemException e) {
      notFound();
    }
  }

  private void show(ProductEdit edit) {
    product = edit;
    id = edit.id();
    name = edit.name();
    description = edit.description();
    categoryId = edit.categoryId();
    brandId = edit.brandId();
    status = edit.status();
    showVariants(edit, null);
  }

  /**
   * Each variant action submits the whole variants form but saves one row; what was typed in the
   * other rows stays on the page rather than being overwritten by the stored values.
   */
  private void showVariants(ProductEdit edit, String acted) {
    Map<String, VariantEdit> typed = new HashMap<>();
    variantEdits.forEach(row -> typed.put(row.getSku(), row));
    variantEdits = new ArrayList<>();
    for (ProductEdit.Variant variant : edit.variants()) {
      VariantEdit row = new VariantEdit(variant);
      VariantEdit before = typed.get(row.getSku());
      if (before != null && before.isEdited() && !row.getSku().equals(acted)) {
        row.setAttributes(before.getAttributes());
        row.setPrice(before.getPrice());
      }
      variantEdits.add(row);
    }
  }

  private static void notFound() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().responseSendError(404, "No such product");
    faces.responseComplete();
  }

  public void addVariant() {
    variants.add(new VariantRow());
  }

  public void removeVariant(VariantRow row) {
    if (variants.size() > 1) {
      variants.remove(row);
    }
  }

  public String create() {
    List<NewProduct.NewVariant> newVariants = new ArrayList<>();
    Map<String, String> fields = productFields();
    boolean unreadable = false;
    for (int i = 0; i < variants.size(); i++) {
      VariantRow row = variants.get(i);
      String prefix = "product:variants:" + i + ":";
      Long amount = minorUnits(row.getPrice(), prefix + "price");
      Integer stock = wholeNumber(row.getStock(), prefix + "stock");
      Map<String, String> attributes = attributes(row.getAttributes(), prefix + "attributes");
      unreadable |=
          (row.getPrice() != null && !row.getPrice().isBlank() && amount == null)
              || (row.getStock() != null && !row.getStock().isBlank() && stock == null)
              || attributes == null;
      String field = "skus[" + i + "]";
      fields.put(field + ".sku", prefix + "sku");
      fields.put(field + ".price", prefix + "price");
      fields.put(field + ".initialStock", prefix + "stock");
      fields.put(field + ".attributes", prefix + "attributes");
      fields.put(field, prefix + "sku");
      newVariants.add(
          new NewProduct.NewVariant(
              row.getSku(),
              attributes == null ? Map.of() : attributes,
              amount,
              row.getCurrency(),
              stock));
    }
    fields.put("skus", "product:variants:0:attributes");
    if (unreadable) {
      FacesContext.getCurrentInstance().validationFailed();
      return null;
    }
    try {
      ProductEdit created =
          products.create(
              user.caller(),
              new NewProduct(name, description, categoryId, brandId, status, newVariants));
      Feedback.info(
          created.name() + " is created with " + created.variants().size() + " variant(s).");
      Feedback.keepForRedirect();
      return "/product.xhtml?faces-redirect=true&id=" + created.id();
    } catch (ProblemException e) {
      Feedback.problem(e, fields);
      return null;
    }
  }

  public void save() {
    try {
      show(
          products.update(
              user.caller(),
              Long.parseLong(id),
              new ProductChanges(name, description, categoryId, brandId, status),
              product.etag()));
      Feedback.info(name + " is saved.");
    } catch (ProblemException e) {
      Feedback.problem(e, productFields());
    }
  }

  public void delete() {
    try {
      products.delete(user.caller(), Long.parseLong(id));
      show(products.product(user.caller(), Long.parseLong(id)));
      Feedback.info(name + " is deleted: customers no longer see it. Restore undoes it.");
    } catch (ProblemException e) {
      Feedback.problem(e);
    }
  }

  public void restore() {
    try {
      show(products.restore(user.caller(), Long.parseLong(id)));
      Feedback.info(name + " is restored.");
    } catch (ProblemException e) {
      Feedback.problem(e);
    }
  }

  public void saveVariant(VariantEdit row) {
    String prefix = "variants:skus:" + variantEdits.indexOf(row) + ":";
    Long amount = minorUnits(row.getPrice(), prefix + "price");
    Map<String, String> attributes = attributes(row.getAttributes(), prefix + "attributes");
    if ((row.getPrice() != null && !row.getPrice().isBlank() && amount == null)
        || attributes == null) {
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    try {
      ProductEdit changed =
          products.updateVariant(
              user.caller(),
              Long.parseLong(id),
              row.getSku(),
              new VariantChanges(amount, attributes));
      refresh(changed, row.getSku());
      Feedback.info(row.getSku() + " is saved: " + describe(changed, row.getSku()) + ".");
    } catch (ProblemException e) {
      Feedback.problem(e, Map.of("price", prefix + "price", "attributes", prefix + "attributes"));
    }
  }

  public void deleteVariant(VariantEdit row) {
    try {
      refresh(
          products.deleteVariant(user.caller(), Long.parseLong(id), row.getSku()), row.getSku());
      Feedback.info(
          row.getSku() + " is deleted: customers can no longer buy it. Restore undoes it.");
    } catch (ProblemException e) {
      Feedback.problem(e);
    }
  }

  public void restoreVariant(VariantEdit row) {
    try {
      refresh(
          products.restoreVariant(user.caller(), Long.parseLong(id), row.getSku()), row.getSku());
      Feedback.info(row.getSku() + " is restored: customers can buy it again.");
    } catch (ProblemException e) {
      Feedback.problem(e);
    }
  }

  public void addExistingVariant() {
    String prefix = "new-variant:";
    Long amount = minorUnits(newVariant.getPrice(), prefix + "price");
    Integer stock = wholeNumber(newVariant.getStock(), prefix + "stock");
    Map<String, String> attributes = attributes(newVariant.getAttributes(), prefix + "attributes");
    if ((newVariant.getPrice() != null && !newVariant.getPrice().isBlank() && amount == null)
        || (newVariant.getStock() != null && !newVariant.getStock().isBlank() && stock == null)
        || attributes == null) {
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    try {
      ProductEdit changed =
          products.addVariant(
              user.caller(),
              Long.parseLong(id),
              new NewProduct.NewVariant(
                  newVariant.getSku(), attributes, amount, getCurrency(), stock));
      refresh(changed, newVariant.getSku());
      Feedback.info(
          newVariant.getSku()
              + " is added: "
              + describe(changed, newVariant.getSku())
              + ". "
              + name
              + " has "
              + changed.variants().size()
              + " variant(s).");
      newVariant = new VariantRow();
    } catch (ProblemException e) {
      Map<String, String> fields = new HashMap<>();
      fields.put("sku", prefix + "sku");
      fields.put("price", prefix + "price");
      fields.put("attributes", prefix + "attributes");
      fields.put("initialStock", prefix + "stock");
      Feedback.problem(e, fields);
    }
  }

  /** After a variant action: the product (and its entity tag, which the action changed) anew. */
  private void refresh(ProductEdit edit, String acted) {
    product = edit;
    showVariants(edit, acted);
  }

  private String describe(ProductEdit edit, String sku) {
    return edit.variants().stream()
        .filter(variant -> variant.sku().equals(sku))
        .findFirst()
        .map(variant -> attributesOf(variant.attributes()) + ", " + money(variant.price()))
        .orElse("");
  }

  private static Map<String, String> productFields() {
    Map<String, String> fields = new HashMap<>();
    fields.put("name", "product:name");
    fields.put("description", "product:description");
    fields.put("categoryId", "product:category");
    fields.put("brandId", "product:brand");
    fields.put("status", "product:status");
    return fields;
  }

  /** {@code 12.50} as 1250; anything else is a message next to the field and {@code null}. */
  private static Long minorUnits(String raw, String clientId) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      BigDecimal amount = new BigDecimal(raw.trim().replace(",", ""));
      if (amount.scale() > 2) {
        throw new NumberFormatException();
      }
      return amount.movePointRight(2).longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      fieldError(clientId, "Enter an amount such as 12.50.");
      return null;
    }
  }

  private static Integer wholeNumber(String raw, String clientId) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(raw.trim());
    } catch (NumberFormatException e) {
      fieldError(clientId, "Enter a whole number.");
      return null;
    }
  }

  /** {@code size=M, colour=red}; {@code null} (with a message) when it does not read so. */
  private static Map<String, String> attributes(String raw, String clientId) {
    Map<String, String> attributes = new LinkedHashMap<>();
    if (raw == null || raw.isBlank()) {
      return attributes;
    }
    for (String pair : raw.split(",")) {
      String[] parts = pair.split("=", 2);
      if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
        fieldError(clientId, "Write attributes as name=value, separated by commas.");
        return null;
      }
      attributes.put(parts[0].trim(), parts[1].trim());
    }
    return attributes;
  }

  private static void fieldError(String clientId, String text) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  public String money(Money money) {
    return money == null ? "—" : Formats.money(money);
  }

  public String attributesOf(Map<String, String> attributes) {
    if (attributes == null || attributes.isEmpty()) {
      return "—";
    }
    return attributeText(attributes);
  }

  /** As typed in the form: {@code size=M, colour=red}, empty for none. */
  private static String attributeText(Map<String, String> attributes) {
    if (attributes == null) {
      return "";
    }
    return String.join(
        ", ", attributes.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
  }

  /** New variants take the product's currency (a product has one). */
  public String getCurrency() {
    return product == null || product.variants().isEmpty()
        ? "EUR"
        : product.variants().get(0).price().currency();
  }

  public List<VariantEdit> getVariantEdits() {
    return variantEdits;
  }

  public VariantRow getNewVariant() {
    return newVariant;
  }

  public boolean isExisting() {
    return product != null;
  }

  public ProductEdit getProduct() {
    return product;
  }

  public List<Choice> getBrands() {
    return brands == null ? List.of() : brands;
  }

  public List<Choice> getCategories() {
    return categories == null ? List.of() : categories;
  }

  public List<String> getStatuses() {
    return List.of("ACTIVE", "DRAFT", "DISCONTINUED");
  }

  public List<VariantRow> getVariants() {
    return variants;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getCategoryId() {
    return categoryId;
  }

  public void setCategoryId(String categoryId) {
    this.categoryId = categoryId;
  }

  public String getBrandId() {
    return brandId;
  }

  public void setBrandId(String brandId) {
    this.brandId = brandId;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }
}

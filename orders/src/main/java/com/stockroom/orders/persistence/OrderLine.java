package com.stockroom.orders.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One SKU of an order, at the price it was sold at. */
@Entity
@Table(name = "order_line")
public class OrderLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "order_id")
  private CustomerOrder order;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String sku;

  @Column(name = "product_id", nullable = false)
  private long productId;

  @Column(name = "product_name", nullable = false)
  private String productName;

  @Column(nullable = false)
  private int quantity;

  @Column(name = "unit_price", nullable = false)
  private long unitPrice;

  @Column(name = "line_total", nullable = false)
  private long lineTotal;

  @Column(name = "returned_quantity", nullable = false)
  private int returnedQuantity;

  @Column(name = "reservation_id")
  private String reservationId;

  protected OrderLine() {}

  OrderLine(
      CustomerOrder order,
      int position,
      String sku,
      long productId,
      String productName,
      int quantity,
      long unitPrice,
      long lineTotal,
      String reservationId) {
    this.order = order;
    this.position = position;
    this.sku = sku;
    this.productId = productId;
    this.productName = productName;
    this.quantity = quantity;
    this.unitPrice = unitPrice;
    this.lineTotal = lineTotal;
    this.reservationId = reservationId;
  }

  void addReturned(int units) {
    if (units < 1 || returnedQuantity + units > quantity) {
      throw new IllegalArgumentException("return of " + units + " on line " + sku);
    }
    returnedQuantity += units;
  }

  public int position() {
    return position;
  }

  public String sku() {
    return sku;
  }

  public long productId() {
    return productId;
  }

  public String productName() {
    return productName;
  }

  public int quantity() {
    return quantity;
  }

  /** In the order's currency. */
  public long unitPriceAmount() {
    return unitPrice;
  }

  /** In the order's currency. */
  public long lineTotalAmount() {
    return lineTotal;
  }

  public int returnedQuantity() {
    return returnedQuantity;
  }

  /** The external reservation behind the line, or {@code null} for our own stock. */
  public String reservationId() {
    return reservationId;
  }

  public boolean isExternal() {
    return reservationId != null;
  }
}

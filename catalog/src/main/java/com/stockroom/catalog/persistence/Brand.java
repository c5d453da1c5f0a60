package com.stockroom.catalog.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A supplier whose products we sell; its contact hears when one of its SKUs runs out. */
@Entity
@Table(name = "brand")
public class Brand {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "contact_email", nullable = false, length = 254)
  private String contactEmail;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Brand() {}

  public Brand(String name, String contactEmail, Instant now) {
    this.name = Objects.requireNonNull(name);
    this.contactEmail = Objects.requireNonNull(contactEmail);
    this.createdAt = now;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String contactEmail() {
    return contactEmail;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public void rename(String newName) {
    this.name = Objects.requireNonNull(newName);
  }

  public void changeContact(String email) {
    this.contactEmail = Objects.requireNonNull(email);
  }
}

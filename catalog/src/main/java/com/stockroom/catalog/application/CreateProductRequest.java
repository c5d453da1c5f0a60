package com.stockroom.catalog.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A new product with its SKUs (one, without attributes, for a product without options).
 *
 * @param status {@code ACTIVE} (default), {@code DRAFT} or {@code DISCONTINUED}
 */
public record CreateProductRequest(
    @NotBlank @Size(max = 200) String name,
    @Size(max = 10_000) String description,
    @NotBlank @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE) String categoryId,
    @NotBlank @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE) String brandId,
    @Pattern(
            regexp = "(?i)draft|active|discontinued",
            message = "must be DRAFT, ACTIVE or DISCONTINUED")
        String status,
    @NotEmpty @Size(max = 100) List<@NotNull @Valid NewSkuRequest> skus) {

  public static final String ID_PATTERN = "[1-9][0-9]{0,17}";
  public static final String ID_MESSAGE = "must be an id";
}

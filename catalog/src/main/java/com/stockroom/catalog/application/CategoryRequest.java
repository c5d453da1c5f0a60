package com.stockroom.catalog.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new category, at the top of the tree or under {@code parentId}. */
public record CategoryRequest(
    @NotBlank @Size(max = 100) String name,
    @Pattern(regexp = CreateProductRequest.ID_PATTERN, message = CreateProductRequest.ID_MESSAGE)
        String parentId) {}

package com.stockroom.common.problem;

/** One invalid input field, named by its path in the request ({@code lines[0].quantity}). */
public record FieldError(String field, String message) {}

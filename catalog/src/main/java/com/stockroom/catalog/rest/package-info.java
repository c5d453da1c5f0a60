/**
 * The catalog's HTTP resources under {@code /api/catalog}: they read the caller from the token,
 * check parameters (every problem in one 400), call one service method and map the result.
 */
package com.stockroom.catalog.rest;

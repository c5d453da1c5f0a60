/**
 * The catalog's rules in plain Java: stock levels and the movements that may change them, when a
 * stock or threshold change trips a low-stock alert, the variants rule, the category tree, holds'
 * states. No HTTP, no JPA: the entities in {@code persistence} delegate to these.
 */
package com.stockroom.catalog.domain;

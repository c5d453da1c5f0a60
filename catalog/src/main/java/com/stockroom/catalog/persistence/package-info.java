/**
 * The catalog schema: JPA entities (which delegate their rules to {@code domain}), repositories and
 * native queries (listing, stock rows under locks, the ledger check), and the schema migration.
 */
package com.stockroom.catalog.persistence;

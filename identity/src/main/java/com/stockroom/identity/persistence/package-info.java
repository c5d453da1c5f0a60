/**
 * The identity schema: JPA entities (users, refresh tokens) that delegate their rules to the
 * domain, their repositories and queries, and the schema migration.
 */
package com.stockroom.identity.persistence;

/** JPA mappings, queries and schema migration of the catalog schema. */
package com.stockroom.catalog.persistence;

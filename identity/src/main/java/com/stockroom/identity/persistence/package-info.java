/** JPA mappings, queries and schema migration of the identity schema. */
package com.stockroom.identity.persistence;

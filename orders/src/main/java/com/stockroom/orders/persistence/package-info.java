/** JPA mappings, queries and schema migration of the orders schema. */
package com.stockroom.orders.persistence;

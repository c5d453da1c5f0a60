/** JPA mappings, queries and schema migration of the notifications schema. */
package com.stockroom.notifications.persistence;

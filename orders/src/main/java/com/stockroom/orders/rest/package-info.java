/** The HTTP face of orders and carts: thin JAX-RS resources and their request records. */
package com.stockroom.orders.rest;

/** Who is calling: roles and the caller identity passed explicitly into module services. */
package com.stockroom.common.security;

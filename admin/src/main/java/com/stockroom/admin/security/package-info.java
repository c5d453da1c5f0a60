/**
 * Who may use the console: form login through identity's password check (managers and brand users,
 * never customers), the signed-in user as a service {@code Caller}, session lifetime and the
 * security headers of every page.
 */
package com.stockroom.admin.security;

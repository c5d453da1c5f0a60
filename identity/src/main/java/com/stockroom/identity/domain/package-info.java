/**
 * Identity's rules in plain Java: e-mail addresses, names and roles, password hashing and policy,
 * refresh-token states and secrets, and the login-attempt counter behind the brute-force limits.
 */
package com.stockroom.identity.domain;

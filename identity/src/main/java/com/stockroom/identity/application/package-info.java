/**
 * Identity's use cases and their transaction boundaries: registration, token grants and revocation,
 * the caller's own account, staff user administration, brute-force limits and token signing.
 */
package com.stockroom.identity.application;

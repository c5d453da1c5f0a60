/**
 * Identity over HTTP: registration, token grants and revocation, the caller's account, staff user
 * administration, token verification attacks, brute-force limits and login timing. Each test makes
 * its own users and uses its own client address (X-Forwarded-For; the test server trusts it), so
 * the login limits of one test never touch another.
 */
package com.stockroom.it.identity;

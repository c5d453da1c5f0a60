/**
 * What other modules may use of identity: looking users up by id, and checking an e-mail and
 * password under the same brute-force limits as the token endpoint (the staff console's login).
 */
package com.stockroom.identity.api;

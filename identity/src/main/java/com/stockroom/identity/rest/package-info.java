/** Identity's REST resources under {@code /api/identity} and their request and response records. */
package com.stockroom.identity.rest;

/**
 * Integration tests over HTTP against the real EAR on the real server and databases. The server
 * boots once for the whole run with the EAR in its deployments; each test class creates its own
 * data, so classes are independent of order.
 */
package com.stockroom.it;

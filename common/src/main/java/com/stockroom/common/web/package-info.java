/** Servlet-level plumbing shared by the web modules: request ids and security headers. */
package com.stockroom.common.web;

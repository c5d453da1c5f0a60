/**
 * The error model of every module: exceptions that carry an RFC 9457 problem (type, title, status,
 * detail, extensions) and never depend on JAX-RS, so domain code can throw them.
 */
package com.stockroom.common.problem;

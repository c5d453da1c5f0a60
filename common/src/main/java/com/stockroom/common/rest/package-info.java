/**
 * HTTP edge shared by every module's resources: exception mappers that turn every failure into
 * {@code application/problem+json}, and helpers for reading query parameters without 500s.
 */
package com.stockroom.common.rest;

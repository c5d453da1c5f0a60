package com.stockroom.bench;

/** Milliseconds of CPU one request cost the server, PostgreSQL and the load client. */
record CpuPerRequest(double serverMs, double databaseMs, double clientMs) {}

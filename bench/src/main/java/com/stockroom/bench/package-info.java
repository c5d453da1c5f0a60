/**
 * The benchmark driver that bench/run starts once the stack is up: it seeds, runs each scenario
 * (wrk or pgbench) after a warm-up while sampling the server's resident memory, checks stock and
 * ledger afterwards, and writes the report (table, results.json, chart.png).
 */
package com.stockroom.bench;

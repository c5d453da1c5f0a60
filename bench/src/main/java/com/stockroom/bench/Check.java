package com.stockroom.bench;

/**
 * A correctness check after the load: what was checked, whether it held, and the figures behind it.
 */
record Check(String name, boolean passed, String detail) {}

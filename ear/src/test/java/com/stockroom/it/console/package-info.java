/**
 * The staff console in a real browser: headless Debian Chromium driven by Selenium against the
 * server under test. Each test signs in users it made itself and saves a screenshot of every page
 * it sees under {@code ear/target/screenshots/<test class>/}.
 */
package com.stockroom.it.console;

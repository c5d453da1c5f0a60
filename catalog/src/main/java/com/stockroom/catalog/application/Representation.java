package com.stockroom.catalog.application;

import java.nio.charset.StandardCharsets;

/**
 * A rendered JSON answer as the page cache keeps it: the bytes to send, their entity tag and the
 * listing's next link. Everything a request needs is computed once, when the page is rendered, so a
 * cached answer costs a lookup and a write (hashing and re-reading ten kilobytes of JSON per
 * request halved the cached listing's throughput; bench/README.md).
 *
 * @param next the URL of the next listing page, or null (details, last page)
 */
public record Representation(byte[] body, String etag, String next) {

  static Representation of(String json, String next) {
    return new Representation(json.getBytes(StandardCharsets.UTF_8), ProductViews.etag(json), next);
  }
}

package com.stockroom.common.paging;

import com.stockroom.common.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The position after the last row of a page, as the values of its sort key. Opaque to clients
 * (base64url); a cursor that does not decode is a 400 on {@code after}. Tampering only moves the
 * position, so the cursor needs no signature.
 */
public record KeysetCursor(List<String> values) {

  private static final char SEPARATOR = '\u001f';
  private static final int MAX_ENCODED_LENGTH = 1024;

  public KeysetCursor {
    values = List.copyOf(values);
  }

  public static KeysetCursor of(String... values) {
    return new KeysetCursor(List.of(values));
  }

  public String encode() {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(
            String.join(String.valueOf(SEPARATOR), values).getBytes(StandardCharsets.UTF_8));
  }

  /** Decodes a cursor expected to hold {@code arity} values. */
  public static KeysetCursor decode(String encoded, int arity) {
    if (encoded == null || encoded.isEmpty() || encoded.length() > MAX_ENCODED_LENGTH) {
      throw ProblemException.invalid("after", "is not a cursor this server issued");
    }
    String raw;
    try {
      raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("after", "is not a cursor this server issued");
    }
    List<String> parts = new ArrayList<>(List.of(raw.split(String.valueOf(SEPARATOR), -1)));
    if (parts.size() != arity) {
      throw ProblemException.invalid("after", "is not a cursor this server issued");
    }
    return new KeysetCursor(parts);
  }

  public String value(int index) {
    return values.get(index);
  }

  public long longValue(int index) {
    try {
      return Long.parseLong(values.get(index));
    } catch (NumberFormatException e) {
      throw ProblemException.invalid("after", "is not a cursor this server issued");
    }
  }
}

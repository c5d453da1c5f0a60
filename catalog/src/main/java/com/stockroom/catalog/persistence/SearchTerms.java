package com.stockroom.catalog.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Text search input turned into a full-text query that cannot fail to parse: the words of the text
 * (letters and digits only, lower-cased), each matched as a word prefix in the name or description,
 * all of them required. {@code "dark choc"} finds "Dark Chocolate 70%".
 */
public final class SearchTerms {

  public static final int MAX_WORDS = 8;
  public static final int MAX_WORD_LENGTH = 50;

  private SearchTerms() {}

  /** The words of {@code text}, in order; empty when it has none. */
  public static List<String> words(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))
        .filter(word -> !word.isEmpty())
        .map(word -> word.toLowerCase(Locale.ROOT))
        .toList();
  }

  /** A {@code to_tsquery('simple', ...)} expression: every word as a prefix, all required. */
  public static String prefixQuery(List<String> words) {
    return words.stream().map(word -> word + ":*").collect(Collectors.joining(" & "));
  }
}

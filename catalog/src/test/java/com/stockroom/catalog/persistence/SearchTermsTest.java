package com.stockroom.catalog.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

  @Test
  void keepsWordsOfLettersAndDigitsLowerCased() {
    assertThat(SearchTerms.words("  Dark-Chocolate 70%  Ünïcode "))
        .containsExactly("dark", "chocolate", "70", "ünïcode");
    assertThat(SearchTerms.words("'&|!:*()")).isEmpty();
    assertThat(SearchTerms.words(null)).isEmpty();
  }

  @Test
  void everyWordIsARequiredPrefix() {
    assertThat(SearchTerms.prefixQuery(List.of("dark", "choc"))).isEqualTo("dark:* & choc:*");
  }
}

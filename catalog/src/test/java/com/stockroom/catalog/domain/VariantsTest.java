package com.stockroom.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VariantsTest {

  private static SkuAttributes of(String... pairs) {
    Map<String, String> values = new java.util.HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put(pairs[i], pairs[i + 1]);
    }
    return new SkuAttributes(values);
  }

  @Test
  void aProductWithoutOptionsHasOneSkuWithoutAttributes() {
    assertThat(Variants.problem(List.of(SkuAttributes.NONE))).isNull();
    assertThat(Variants.problem(List.of(SkuAttributes.NONE, of("size", "M"))))
        .contains("attributes");
  }

  @Test
  void variantsDifferInTheirAttributesWhateverTheOrder() {
    assertThat(Variants.problem(List.of(of("size", "M", "colour", "red"), of("size", "L"))))
        .isNull();
    assertThat(
            Variants.problem(
                List.of(of("size", "M", "colour", "red"), of("colour", "red", "size", "M"))))
        .contains("same attributes");
  }

  @Test
  void attributesAreStoredCanonically() {
    SkuAttributes attributes = of("size", "M", "colour", "red");
    assertThat(attributes.toJson()).isEqualTo("{\"colour\":\"red\",\"size\":\"M\"}");
    assertThat(SkuAttributes.fromJson(attributes.toJson())).isEqualTo(attributes);
    assertThat(SkuAttributes.fromJson("{}")).isEqualTo(SkuAttributes.NONE);
  }

  @Test
  void attributeNamesAndValuesAreBounded() {
    assertThat(SkuAttributes.problem(Map.of("size", "M"))).isNull();
    assertThat(SkuAttributes.problem(Map.of("", "M"))).contains("names");
    assertThat(SkuAttributes.problem(Map.of("size", " "))).contains("values");
    assertThat(SkuAttributes.problem(Map.of("size", "x".repeat(101)))).contains("values");
  }
}

package com.stockroom.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.stockroom.common.problem.FieldError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubscriptionRulesTest {

  @Test
  void acceptsAbsoluteHttpAndHttpsUrls() {
    List<FieldError> errors = new ArrayList<>();
    assertThat(SubscriptionRules.url(" https://erp.example.com/hooks?x=1 ", errors))
        .isEqualTo("https://erp.example.com/hooks?x=1");
    assertThat(SubscriptionRules.url("http://127.0.0.1:8089/hook", errors)).isNotNull();
    assertThat(errors).isEmpty();
  }

  @Test
  void refusesUrlsWeCannotOrShouldNotPostTo() {
    for (String url :
        new String[] {
          null,
          "",
          "ftp://example.com/x",
          "/relative",
          "https:///nohost",
          "https://user:pw@example.com/",
          "https://example.com/#frag",
          "https://exa mple.com/",
          "https://example.com/" + "x".repeat(2000)
        }) {
      List<FieldError> errors = new ArrayList<>();
      assertThat(SubscriptionRules.url(url, errors)).as(url).isNull();
      assertThat(errors).as(url).singleElement().extracting(FieldError::field).isEqualTo("url");
    }
  }

  @Test
  void eventTypesMustBeKnownAndAtLeastOne() {
    List<FieldError> errors = new ArrayList<>();
    assertThat(
            SubscriptionRules.eventTypes(
                List.of("order.placed", "order.placed", "inventory.low_stock"), errors))
        .containsExactly("order.placed", "inventory.low_stock");
    assertThat(errors).isEmpty();

    assertThat(SubscriptionRules.eventTypes(List.of(), errors)).isNull();
    assertThat(SubscriptionRules.eventTypes(Arrays.asList("order.placed", null), errors)).isNull();
    assertThat(SubscriptionRules.eventTypes(List.of("webhook.test"), errors)).isNull();
    assertThat(errors)
        .extracting(FieldError::field)
        .containsExactly("eventTypes", "eventTypes[1]", "eventTypes[0]");
  }

  @Test
  void descriptionIsShortPlainText() {
    List<FieldError> errors = new ArrayList<>();
    assertThat(SubscriptionRules.description("  ERP  ", errors)).isEqualTo("ERP");
    assertThat(SubscriptionRules.description(null, errors)).isNull();
    assertThat(SubscriptionRules.description("x".repeat(201), errors)).isNull();
    assertThat(SubscriptionRules.description("a\u0000b", errors)).isNull();
    assertThat(errors).hasSize(2);
  }
}

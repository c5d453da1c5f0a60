package com.stockroom.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  @Test
  void signsTheTimestampAndTheBodyWithHmacSha256() {
    // Reference values computed with openssl dgst -sha256 -hmac.
    assertThat(WebhookSignature.header("whsec_test", 1_700_000_000L, "{\"a\":1}"))
        .isEqualTo(
            "t=1700000000,v1=38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789");
    assertThat(WebhookSignature.hmac("key", "The quick brown fox jumps over the lazy dog"))
        .isEqualTo("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
  }

  @Test
  void aDifferentBodyTimeOrSecretGivesADifferentSignature() {
    String signature = WebhookSignature.header("whsec_a", 10, "{}");
    assertThat(WebhookSignature.header("whsec_b", 10, "{}")).isNotEqualTo(signature);
    assertThat(WebhookSignature.header("whsec_a", 11, "{}")).isNotEqualTo(signature);
    assertThat(WebhookSignature.header("whsec_a", 10, "{ }")).isNotEqualTo(signature);
  }

  @Test
  void secretsAreLongRandomAndSayWhatTheyAre() {
    String secret = WebhookSignature.newSecret();
    assertThat(secret).startsWith("whsec_").hasSize(6 + 43);
    assertThat(WebhookSignature.newSecret()).isNotEqualTo(secret);
  }
}

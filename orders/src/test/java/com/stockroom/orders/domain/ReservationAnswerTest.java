package com.stockroom.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReservationAnswerTest {

  @Test
  void successWithAnIdIsAReservation() {
    assertThat(ReservationAnswer.of(200, "R-1", null))
        .isEqualTo(new ReservationAnswer.Reserved("R-1"));
    assertThat(ReservationAnswer.of(201, "R-2", null))
        .isEqualTo(new ReservationAnswer.Reserved("R-2"));
  }

  @Test
  void successWithoutAnIdIsARefusalNotALoop() {
    assertThat(ReservationAnswer.of(200, null, null)).isInstanceOf(ReservationAnswer.Refused.class);
    assertThat(ReservationAnswer.of(200, " ", null)).isInstanceOf(ReservationAnswer.Refused.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 425, 429, 500, 502, 503, 504})
  void overloadAndServerErrorsAreRetried(int status) {
    assertThat(ReservationAnswer.of(status, null, "busy"))
        .isInstanceOf(ReservationAnswer.Retry.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 404, 409, 410, 422})
  void otherClientErrorsAreFinalAndKeepTheServicesWords(int status) {
    assertThat(ReservationAnswer.of(status, null, "sold out"))
        .isEqualTo(
            new ReservationAnswer.Refused(
                "the reservation service refused (" + status + "): sold out"));
  }
}

package com.stockroom.common.money;

import java.util.Currency;
import java.util.Objects;

/**
 * An amount in the currency's minor units ({@code 1250 EUR} is 12.50 EUR). Arithmetic refuses to
 * mix currencies and to overflow.
 */
public record Money(long amount, String currency) {

  public Money {
    Objects.requireNonNull(currency, "currency");
    if (!isCurrency(currency)) {
      throw new IllegalArgumentException("not an ISO 4217 currency code: " + currency);
    }
  }

  public static Money zero(String currency) {
    return new Money(0, currency);
  }

  public static boolean isCurrency(String code) {
    if (code == null || !code.matches("[A-Z]{3}")) {
      return false;
    }
    try {
      Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(Math.addExact(amount, other.amount), currency);
  }

  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(Math.subtractExact(amount, other.amount), currency);
  }

  public Money times(long quantity) {
    return new Money(Math.multiplyExact(amount, quantity), currency);
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException("cannot combine " + currency + " with " + other.currency);
    }
  }
}

package com.stockroom.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void acceptsALongUncommonPassword() {
    assertThat(PasswordPolicy.violations("plum-tractor-harbour", "ann@example.com")).isEmpty();
  }

  @Test
  void refusesShortEmptyAndOverlongPasswords() {
    assertThat(PasswordPolicy.violations("short", "ann@example.com"))
        .containsExactly("must be at least 10 characters");
    assertThat(PasswordPolicy.violations("", "ann@example.com"))
        .containsExactly("must not be empty");
    assertThat(PasswordPolicy.violations("x".repeat(60) + "y".repeat(69), null))
        .containsExactly("must be at most 128 characters");
  }

  @Test
  void countsCharactersNotUtf16Units() {
    // Ten emoji are 20 UTF-16 units but ten characters: long enough, and not "one repeated".
    assertThat(PasswordPolicy.violations("🍎🍐🍊🍋🍌🍉🍇🍓🫐🍈", null)).isEmpty();
    assertThat(PasswordPolicy.violations("🍎🍐🍊🍋🍌", null))
        .containsExactly("must be at least 10 characters");
  }

  @Test
  void refusesCommonPasswordsWhateverTheirCase() {
    assertThat(PasswordPolicy.violations("Password123", "ann@example.com"))
        .containsExactly("is too common; choose a less guessable password");
    assertThat(PasswordPolicy.violations("QWERTYUIOP", null))
        .containsExactly("is too common; choose a less guessable password");
    assertThat(PasswordPolicy.violations("aaaaaaaaaaaa", null))
        .containsExactly("is too common; choose a less guessable password");
  }

  @Test
  void refusesTheEmailAddressOrItsLocalPart() {
    assertThat(PasswordPolicy.violations("annabelle.lee@example.com", "Annabelle.Lee@Example.com"))
        .containsExactly("must not be the e-mail address");
    assertThat(PasswordPolicy.violations("annabelle.lee", "annabelle.lee@example.com"))
        .containsExactly("must not be the e-mail address");
  }
}

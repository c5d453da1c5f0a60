package com.stockroom.identity.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be: long enough (NIST SP 800-63B: length over composition rules), not
 * absurdly long, not one of the passwords attackers try first, and not the account's own e-mail.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;

  private static final Set<String> COMMON = load("common-passwords.txt");

  private PasswordPolicy() {}

  /** Every rule the password breaks, as messages for the {@code password} field; empty if none. */
  public static List<String> violations(String password, String email) {
    List<String> problems = new ArrayList<>();
    if (password == null || password.isEmpty()) {
      problems.add("must not be empty");
      return problems;
    }
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      problems.add("must be at least " + MIN_LENGTH + " characters");
    }
    if (length > MAX_LENGTH) {
      problems.add("must be at most " + MAX_LENGTH + " characters");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (COMMON.contains(lower) || isOneRepeatedCharacter(password)) {
      problems.add("is too common; choose a less guessable password");
    }
    if (email != null) {
      String normalized = EmailAddress.normalize(email);
      int at = normalized.indexOf('@');
      String localPart = at > 0 ? normalized.substring(0, at) : normalized;
      if (lower.equals(normalized) || lower.equals(localPart)) {
        problems.add("must not be the e-mail address");
      }
    }
    return problems;
  }

  private static boolean isOneRepeatedCharacter(String password) {
    return password.codePoints().distinct().count() == 1;
  }

  private static Set<String> load(String resource) {
    Set<String> words = new HashSet<>();
    try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}

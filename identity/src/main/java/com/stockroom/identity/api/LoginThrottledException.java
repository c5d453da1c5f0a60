package com.stockroom.identity.api;

import com.stockroom.common.problem.ProblemException;
import com.stockroom.common.problem.ProblemType;
import java.util.Map;

/** Too many login attempts for the account or from the address: 429 with Retry-After. */
public class LoginThrottledException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public static final ProblemType TYPE =
      new ProblemType("/problems/too-many-login-attempts", "Too many login attempts", 429);

  private final long retryAfterSeconds;

  public LoginThrottledException(long retryAfterSeconds) {
    super(
        TYPE,
        "Too many login attempts for this account or from this address. Try again in "
            + retryAfterSeconds
            + " s.",
        Map.of(),
        Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}

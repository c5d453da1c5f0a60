package com.stockroom.orders.application;

import com.stockroom.common.problem.ProblemException;
import com.stockroom.common.problem.ProblemType;
import com.stockroom.orders.domain.IdempotencyKey;
import com.stockroom.orders.domain.OrderProblems;
import com.stockroom.orders.persistence.IdempotencyRepository;
import com.stockroom.orders.persistence.StoredKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Makes a request safe to retry: the first request with a key runs and its response is stored in
 * the same transaction as its effects; every later request with the key and the same body gets that
 * response back and changes nothing. Keys are per customer.
 *
 * <p>A CDI bean, not a session bean: every order calls it twice inside its own transaction, and an
 * EJB view's interceptor chain cost more than the work (JFR of the order benchmark).
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class IdempotencyKeys {

  @Inject IdempotencyRepository keys;

  @Inject OrdersSettings settings;

  /** The fingerprint of a request: which operation, and its canonical body. */
  public static String fingerprint(String operation, String canonicalBody) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(operation.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(canonicalBody.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Claims the key for the current transaction, or finds the response to replay. Waits while a
   * concurrent request with the key is still running.
   *
   * @return empty when the caller should go ahead (and {@link #complete} in the same transaction),
   *     or the stored response
   * @throws ProblemException 422 when the key was used for a different request
   */
  public Optional<StoredResponse> claimOrReplay(
      long customerId, IdempotencyKey key, String fingerprint) {
    if (keys.claim(customerId, key.value(), fingerprint, Times.now(), settings.idempotencyWait())) {
      return Optional.empty();
    }
    StoredKey stored =
        keys.find(customerId, key.value())
            .orElseThrow(() -> new IllegalStateException("idempotency key vanished"));
    if (!stored.fingerprint().equals(fingerprint)) {
      throw new ProblemException(
          OrderProblems.KEY_REUSED,
          "This Idempotency-Key was already used for a different request. Use a new key for a"
              + " new request.");
    }
    if (stored.status() == null) {
      throw ProblemException.retryLater(
          ProblemType.LOCK_TIMEOUT,
          "A request with this Idempotency-Key is still being processed. Retry shortly with the"
              + " same key.",
          1);
    }
    return Optional.of(replayOf(stored));
  }

  private static StoredResponse replayOf(StoredKey stored) {
    return new StoredResponse(
        stored.status(),
        stored.body(),
        stored.location(),
        stored.status() < 300 ? StoredResponse.JSON : StoredResponse.PROBLEM_JSON,
        true);
  }

  /** Stores the response of the request that claimed the key, in its transaction. */
  public void complete(long customerId, IdempotencyKey key, StoredResponse response) {
    keys.complete(customerId, key.value(), response.status(), response.body(), response.location());
  }

  /**
   * Stores a refusal (see {@link #isFinal}) under the key, after the refused request's transaction
   * rolled back. A duplicate may have run meanwhile and stored its own answer: that answer stays,
   * and is what this returns, so the caller answers as every later retry will.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public StoredResponse storeRefusal(
      long customerId, IdempotencyKey key, String fingerprint, StoredResponse refusal) {
    if (keys.storeRefusal(
        customerId, key.value(), fingerprint, refusal.status(), refusal.body(), Times.now())) {
      return refusal;
    }
    return keys.find(customerId, key.value())
        .filter(stored -> stored.fingerprint().equals(fingerprint) && stored.status() != null)
        .map(IdempotencyKeys::replayOf)
        .orElse(refusal);
  }

  /**
   * Whether a refusal is final for its key, so that a retry with the same key must get it again:
   * the request ran and was refused on the shop's state (409, 422, 404). Invalid input (400) is
   * refused before a key is claimed, and busy answers (Retry-After) invite the retry.
   */
  public static boolean isFinal(ProblemException problem) {
    int status = problem.type().status();
    return (status == 404 || status == 409 || status == 410 || status == 422)
        && !problem.headers().containsKey("Retry-After");
  }
}

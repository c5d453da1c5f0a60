package com.stockroom.catalog.api;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/**
 * Moves stock for other modules, always inside the caller's JTA transaction (the methods are {@code
 * MANDATORY}): the caller's rollback undoes the movement, its commit keeps both. Every change
 * writes ledger rows (reason, reference, actor) and may publish low-stock events through the outbox
 * in the same transaction.
 *
 * <p>Locking: the SKU rows concerned are locked in ascending id order (holds first, by id), with a
 * lock timeout ({@code stockroom.catalog.lock-timeout-millis}); a timeout is a 503 problem with
 * {@code Retry-After}, retryable by the client. Any refusal is a {@link
 * com.stockroom.common.problem.ProblemException} that rolls the caller's transaction back.
 */
@Local
public interface Inventory {

  /**
   * Takes the held units and the lines out of stock, all or nothing. Active holds convert to sold
   * units (their units were already set aside). A hold that expired and was given back is
   * re-checked like an unheld line.
   *
   * @return one line per SKU sold, with the unit price read under the lock
   * @throws InsufficientStockException 409 listing every short line; nothing changed
   * @throws UnknownSkuException 422 for codes the catalog does not have
   * @throws com.stockroom.common.problem.ProblemException 404 for a hold that is not the owner's,
   *     409 for one that was already sold or released by its owner
   */
  List<SoldLine> sell(Sale sale);

  /**
   * Sets units aside: reserved grows, on hand does not.
   *
   * @throws InsufficientStockException 409 when fewer units are available
   */
  HoldInfo placeHold(HoldRequest request);

  /**
   * Gives an active hold's units back. Releasing a hold that is no longer active changes nothing.
   *
   * @throws com.stockroom.common.problem.ProblemException 404 when no hold of {@code owner} has
   *     this id
   */
  HoldInfo releaseHold(long holdId, String owner, String actor);

  /** The hold, if {@code owner} has one with this id. */
  Optional<HoldInfo> findHold(long holdId, String owner);

  /**
   * Puts sold units back on hand (a cancelled order, a returned parcel), also for SKUs deleted
   * since.
   *
   * @throws UnknownSkuException 422 for codes the catalog does not have
   */
  void putBack(List<StockLine> lines, Restock reason, String reference, String actor);
}

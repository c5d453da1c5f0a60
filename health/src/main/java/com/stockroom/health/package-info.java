/**
 * Readiness and liveness. Readiness follows the primary database; the replica's state and lag are
 * reported but never make the service unready, since reads fall back to the primary.
 */
package com.stockroom.health;

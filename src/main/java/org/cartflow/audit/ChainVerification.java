package org.cartflow.audit;

import java.time.Instant;

/**
 * Result of re-computing every audit chain and comparing it with the signed checkpoints: {@code checkpointId} is the
 * newest checkpoint the chains were held against (null when none exists yet).
 */
public record ChainVerification(boolean valid, long eventsChecked, long chains, Long firstBrokenEventId,
        String problem, long checkpointsChecked, Long checkpointId, Instant checkpointAt) {
}

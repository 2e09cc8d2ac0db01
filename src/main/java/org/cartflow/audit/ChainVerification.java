package org.cartflow.audit;

/** Result of re-computing the audit hash chain. */
public record ChainVerification(boolean valid, long eventsChecked, Long firstBrokenEventId, String problem) {
}

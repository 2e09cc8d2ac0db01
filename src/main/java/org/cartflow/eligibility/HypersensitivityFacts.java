package org.cartflow.eligibility;

/** HYPERSENS-1's facts: the current hypersensitivity history, null when none was recorded. */
public record HypersensitivityFacts(HypersensitivityHistory history) {
}

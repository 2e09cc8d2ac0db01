package org.cartflow.eligibility;

import java.time.LocalDate;

/**
 * ELIG-6's facts: the current pregnancy status (null when none was recorded) and the physician's benefit-risk decision
 * answering it (null when none), with today in the hospital's zone.
 */
public record PregnancyFacts(PregnancyStatus status, PregnancyBenefitRisk benefitRisk, LocalDate today) {
}

package org.cartflow.bridging;

import java.time.LocalDate;
import java.util.List;
import org.cartflow.kernel.JourneyFlag;
import org.cartflow.common.Problem;

/**
 * Bridging therapy of a course: the regimen entries, the planned LD day 1, and the earliest LD start the washout
 * allows (BRG-2).
 */
public record BridgingView(long courseId, long courseVersion, List<BridgingDose> doses, LdPlan ldPlan,
        LocalDate lastBridgingDoseOn, LocalDate earliestAllowedLdStart, boolean washoutCompleteForPlan,
        List<JourneyFlag> flags, List<Check> checks) {

    public record Check(String transition, String guard, List<String> ruleIds, boolean passes,
            List<Problem.Refusal> refusals) {
    }
}

package org.cartflow.lymphodepletion.rules;

import java.util.ArrayList;
import java.util.List;
import org.cartflow.journey.Guard.Finding;

/**
 * DELAY-1 and DELAY-2 as the clinical checks before LD (pre-LD assessment) and before the infusion (same-day check)
 * report them: what is unresolved, and that the step waits for recovery and a new check.
 */
public final class DelayFindings {
    private DelayFindings() {
    }

    /** @param step what is postponed, e.g. "LD" or "the infusion" */
    public static List<Finding> of(List<String> seriousAdverseEvents, boolean activeInfection,
            boolean inflammatoryDisease, String step) {
        List<Finding> out = new ArrayList<>();
        if (!seriousAdverseEvents.isEmpty()) {
            out.add(new Finding("DELAY-1", "Unresolved serious adverse events (" + String.join(", ",
                    seriousAdverseEvents) + "): postpone " + step + " until recovery, then record a new check."));
        }
        if (activeInfection) {
            out.add(new Finding("DELAY-2", "Active infection: postpone " + step + " until recovery, then record a "
                    + "new check."));
        }
        if (inflammatoryDisease) {
            out.add(new Finding("DELAY-2", "Active inflammatory disease: postpone " + step + " until recovery, then "
                    + "record a new check."));
        }
        return out;
    }
}

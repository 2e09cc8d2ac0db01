package org.cartflow.eligibility.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.eligibility.EcogAssessment;
import org.cartflow.journey.Enforces;
import org.cartflow.journey.Guard;
import org.cartflow.journey.GuardContext;

/** KarMMa enrolled ECOG 0-1; a trial rule, so a physician may override it with a reason. */
@Singleton
@Enforces("ELIG-5")
public class EcogZeroOrOneGuard implements Guard {

    @Override
    public List<Finding> check(GuardContext ctx) {
        var e = EcogAssessment.current(ctx.courseId()).orElse(null);
        if (e == null) {
            return List.of(new Finding("ELIG-5", "Record the ECOG performance status at screening."));
        }
        if (e.score > 1) {
            return List.of(new Finding("ELIG-5", "ECOG " + e.score + " (assessed " + e.assessedOn
                    + "); KarMMa enrolled ECOG 0-1. A physician may override with a reason."));
        }
        return List.of();
    }
}

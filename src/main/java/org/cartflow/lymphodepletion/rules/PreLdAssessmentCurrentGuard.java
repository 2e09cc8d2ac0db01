package org.cartflow.lymphodepletion.rules;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import org.cartflow.journey.Enforces;
import org.cartflow.journey.Guard;
import org.cartflow.journey.GuardContext;
import org.cartflow.lymphodepletion.LdAssessment;
import org.cartflow.lymphodepletion.LdOrder;
import org.cartflow.lymphodepletion.RenalPolicy;

/** LD-2: the patient's condition is confirmed by a recent assessment before LD starts. */
@Singleton
@Enforces("LD-2")
public class PreLdAssessmentCurrentGuard implements Guard {

    @Inject
    RenalPolicy policy;

    @Override
    public List<Finding> check(GuardContext ctx) {
        LdAssessment a = LdAssessment.latest(ctx.courseId()).orElse(null);
        if (a == null) {
            return List.of(new Finding("LD-2", "Record the pre-LD assessment (measurements, blood counts, findings)."));
        }
        LocalDate day1 = LdOrder.verified(ctx.courseId()).map(o -> o.ldDay1).orElse(ctx.today());
        LocalDate oldestAllowed = day1.minusDays(policy.measurementWindowDays());
        if (a.oldestMeasurement().isBefore(oldestAllowed)) {
            return List.of(new Finding("LD-2", "Measurements from " + a.oldestMeasurement() + " are older than "
                    + policy.measurementWindowDays() + " days before LD day 1 (" + day1 + "): record a new assessment."));
        }
        return List.of();
    }
}

package org.cartflow.lymphodepletion.rules;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.lymphodepletion.LdAssessment;
import org.cartflow.lymphodepletion.LdOrder;
import org.cartflow.lymphodepletion.LymphodepletionText;
import org.cartflow.lymphodepletion.RenalPolicy;

/** LD-2: the patient's condition is confirmed by a recent assessment before LD starts. */
@Singleton
@Enforces("LD-2")
public class PreLdAssessmentCurrentGuard implements Guard {

    @Inject
    RenalPolicy policy;

    @Override
    public List<Finding> check(GuardContext ctx) {
        var text = Texts.of(LymphodepletionText.class);
        LdAssessment a = LdAssessment.latest(ctx.courseId()).orElse(null);
        if (a == null) {
            return List.of(new Finding("LD-2", text.recordPreLdAssessment()));
        }
        LocalDate day1 = LdOrder.verified(ctx.courseId()).map(o -> o.ldDay1).orElse(ctx.today());
        LocalDate oldestAllowed = day1.minusDays(policy.measurementWindowDays());
        if (a.oldestMeasurement().isBefore(oldestAllowed)) {
            return List.of(new Finding("LD-2", text.measurementsOutdated(a.oldestMeasurement(),
                    policy.measurementWindowDays(), day1)));
        }
        return List.of();
    }
}

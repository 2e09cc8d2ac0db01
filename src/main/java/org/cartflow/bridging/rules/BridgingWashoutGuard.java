package org.cartflow.bridging.rules;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import org.cartflow.bridging.BridgingDose;
import org.cartflow.rules.LabelProfiles;
import org.cartflow.bridging.BridgingText;
import org.cartflow.bridging.LdPlan;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard;
import org.cartflow.kernel.GuardContext;

/**
 * BRG-2 (trial): the last bridging dose is at least 14 days before LD day 1: the verified LD order's day 1, else the
 * planned day 1, else today. A dose or plan that a physician accepted with a recorded reason does not refuse.
 */
@Singleton
@Enforces("BRG-2")
public class BridgingWashoutGuard implements Guard {

    private final LabelProfiles profiles;

    public BridgingWashoutGuard(LabelProfiles profiles) {
        this.profiles = profiles;
    }

    @Override
    public List<Finding> check(GuardContext ctx) {
        var text = Texts.of(BridgingText.class);
        int days = BridgingDose.washoutDays(profiles.get(ctx.course().labelProfile));
        LdPlan plan = LdPlan.current(ctx.courseId()).orElse(null);
        LocalDate day1 = org.cartflow.lymphodepletion.LdOrder.verified(ctx.courseId()).map(o -> o.ldDay1)
                .orElse(plan == null ? ctx.today() : plan.plannedDay1);
        if (plan != null && plan.washoutOverrideReason != null) {
            return List.of();
        }
        return BridgingDose.ofCourse(ctx.courseId()).stream()
                .filter(d -> d.washoutEndsOn(days).isAfter(day1) && d.washoutOverrideReason == null)
                .map(d -> new Finding("BRG-2", text.washoutTooShort(d.drug, d.lastDoseOn,
                        java.time.temporal.ChronoUnit.DAYS.between(d.lastDoseOn, day1), day1, days,
                        d.washoutEndsOn(days))))
                .toList();
    }
}

package org.cartflow.bridging.rules;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.cartflow.bridging.BridgingDose;
import org.cartflow.bridging.BridgingFactsLoader;
import org.cartflow.bridging.BridgingText;
import org.cartflow.bridging.LdPlan;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.FactsGuard;
import org.cartflow.kernel.GuardContext;

/**
 * BRG-2 (trial): the last bridging dose is at least 14 days before LD day 1: the verified LD order's day 1, else the
 * planned day 1, else today. A dose or plan that a physician accepted with a recorded reason does not refuse.
 */
@Singleton
@Enforces("BRG-2")
public class BridgingWashoutGuard extends FactsGuard<BridgingWashoutGuard.Facts> {

    /** @param plan the current LD plan, null when none; day1: LD day 1 as above; washoutDays: the profile's */
    public record Facts(List<BridgingDose> doses, LdPlan plan, LocalDate day1, int washoutDays) {
    }

    @Inject
    BridgingFactsLoader loader;

    @Override
    protected Facts facts(GuardContext ctx) {
        LdPlan plan = loader.plan(ctx).orElse(null);
        LocalDate day1 = loader.verifiedLdDay1(ctx).orElse(plan == null ? ctx.today() : plan.plannedDay1);
        return new Facts(loader.doses(ctx), plan, day1, loader.washoutDays(ctx));
    }

    @Override
    public List<Finding> check(Facts f) {
        var text = Texts.of(BridgingText.class);
        int days = f.washoutDays();
        LocalDate day1 = f.day1();
        if (f.plan() != null && f.plan().washoutOverrideReason != null) {
            return List.of();
        }
        return f.doses().stream()
                .filter(d -> d.washoutEndsOn(days).isAfter(day1) && d.washoutOverrideReason == null)
                .map(d -> new Finding("BRG-2", text.washoutTooShort(d.drug, d.lastDoseOn,
                        ChronoUnit.DAYS.between(d.lastDoseOn, day1), day1, days, d.washoutEndsOn(days))))
                .toList();
    }
}

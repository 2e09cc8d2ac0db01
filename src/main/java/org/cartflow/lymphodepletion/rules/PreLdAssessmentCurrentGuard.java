package org.cartflow.lymphodepletion.rules;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.FactsGuard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.lymphodepletion.LdAssessment;
import org.cartflow.lymphodepletion.LdFactsLoader;
import org.cartflow.lymphodepletion.LdOrder;
import org.cartflow.lymphodepletion.LymphodepletionText;

/** LD-2: the patient's condition is confirmed by a recent assessment before LD starts. */
@Singleton
@Enforces("LD-2")
public class PreLdAssessmentCurrentGuard extends FactsGuard<PreLdAssessmentCurrentGuard.Facts> {

    /** @param latest null when none; day1: the verified order's LD day 1, else today */
    public record Facts(LdAssessment latest, LocalDate day1, int windowDays) {
    }

    @Inject
    LdFactsLoader loader;

    @Override
    protected Facts facts(GuardContext ctx) {
        LocalDate day1 = loader.verifiedOrder(ctx).map(o -> o.ldDay1).orElse(ctx.today());
        return new Facts(loader.latestAssessment(ctx).orElse(null), day1, loader.measurementWindowDays());
    }

    @Override
    public List<Finding> check(Facts f) {
        var text = Texts.of(LymphodepletionText.class);
        LdAssessment a = f.latest();
        if (a == null) {
            return List.of(new Finding("LD-2", text.recordPreLdAssessment()));
        }
        LocalDate oldestAllowed = f.day1().minusDays(f.windowDays());
        if (a.oldestMeasurement().isBefore(oldestAllowed)) {
            return List.of(new Finding("LD-2", text.measurementsOutdated(a.oldestMeasurement(), f.windowDays(),
                    f.day1())));
        }
        return List.of();
    }
}

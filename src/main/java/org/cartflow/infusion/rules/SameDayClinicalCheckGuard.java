package org.cartflow.infusion.rules;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.infusion.InfusionFactsLoader;
import org.cartflow.infusion.InfusionReadiness;
import org.cartflow.infusion.InfusionText;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.FactsGuard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.lymphodepletion.rules.DelayFindings;

/** DELAY-1/2: a clinical check recorded today (hospital zone) finds no serious adverse event, infection or inflammation. */
@Singleton
@Enforces({ "DELAY-1", "DELAY-2" })
public class SameDayClinicalCheckGuard extends FactsGuard<SameDayClinicalCheckGuard.Facts> {

    /** @param latest the latest infusion-day check, null when none */
    public record Facts(long courseId, InfusionReadiness latest, LocalDate today, ZoneId zone) {
    }

    @Inject
    InfusionFactsLoader loader;

    @Override
    protected Facts facts(GuardContext ctx) {
        return new Facts(ctx.courseId(), loader.latestReadiness(ctx).orElse(null), ctx.today(), ctx.course().zone());
    }

    @Override
    public List<Finding> check(Facts f) {
        var text = Texts.of(InfusionText.class);
        InfusionReadiness r = f.latest();
        if (r == null || !r.performedAt.atZone(f.zone()).toLocalDate().equals(f.today())) {
            return List.of(new Finding("DELAY-1", text.recordTodaysCheck(f.courseId())));
        }
        return DelayFindings.of(r.seriousAdverseEvents(), r.activeInfection, r.inflammatoryDisease,
                text.theInfusion());
    }
}

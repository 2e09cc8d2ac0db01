package org.cartflow.infusion.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.infusion.InfusionReadiness;
import org.cartflow.infusion.InfusionText;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.lymphodepletion.rules.DelayFindings;

/** DELAY-1/2: a clinical check recorded today (hospital zone) finds no serious adverse event, infection or inflammation. */
@Singleton
@Enforces({ "DELAY-1", "DELAY-2" })
public class SameDayClinicalCheckGuard implements Guard {

    @Override
    public List<Finding> check(GuardContext ctx) {
        var text = Texts.of(InfusionText.class);
        InfusionReadiness r = InfusionReadiness.latest(ctx.courseId()).orElse(null);
        if (r == null || !r.performedAt.atZone(ctx.course().zone()).toLocalDate().equals(ctx.today())) {
            return List.of(new Finding("DELAY-1", text.recordTodaysCheck(ctx.courseId())));
        }
        return DelayFindings.of(r.seriousAdverseEvents(), r.activeInfection, r.inflammatoryDisease,
                text.theInfusion());
    }
}

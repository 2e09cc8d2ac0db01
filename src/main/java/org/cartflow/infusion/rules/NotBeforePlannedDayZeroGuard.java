package org.cartflow.infusion.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.infusion.InfusionText;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.lymphodepletion.LdOrder;

/**
 * LD-1: "starting 5 days before infusion ... infusion on day 0, i.e. 2 days after the last LD dose". No
 * confirm-infusion-ready and no thaw before the planned day 0 of the verified LD order (after any plan move), in
 * the hospital's zone: a thaw on the day of the last fludarabine dose is refused.
 */
@Singleton
@Enforces("LD-1")
public class NotBeforePlannedDayZeroGuard implements Guard {

    @Override
    public List<Finding> check(GuardContext ctx) {
        return LdOrder.verified(ctx.courseId()).map(o -> o.plannedInfusionOn)
                .filter(day0 -> ctx.today().isBefore(day0))
                .map(day0 -> List.of(new Finding("LD-1", Texts.of(InfusionText.class).beforePlannedDayZero(day0,
                        ctx.today()))))
                .orElse(List.of());
    }
}

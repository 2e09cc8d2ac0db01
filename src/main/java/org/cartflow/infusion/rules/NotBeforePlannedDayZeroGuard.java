package org.cartflow.infusion.rules;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.infusion.InfusionText;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.FactsGuard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.lymphodepletion.LdFactsLoader;

/**
 * LD-1: "starting 5 days before infusion ... infusion on day 0, i.e. 2 days after the last LD dose". No
 * confirm-infusion-ready and no thaw before the planned day 0 of the verified LD order (after any plan move), in
 * the hospital's zone: a thaw on the day of the last fludarabine dose is refused.
 */
@Singleton
@Enforces("LD-1")
public class NotBeforePlannedDayZeroGuard extends FactsGuard<NotBeforePlannedDayZeroGuard.Facts> {

    /** @param plannedDayZero the verified LD order's planned infusion day, null when there is no verified order */
    public record Facts(LocalDate plannedDayZero, LocalDate today) {
    }

    @Inject
    LdFactsLoader ld;

    @Override
    protected Facts facts(GuardContext ctx) {
        return new Facts(ld.verifiedOrder(ctx).map(o -> o.plannedInfusionOn).orElse(null), ctx.today());
    }

    @Override
    public List<Finding> check(Facts f) {
        if (f.plannedDayZero() == null || !f.today().isBefore(f.plannedDayZero())) {
            return List.of();
        }
        return List.of(new Finding("LD-1", Texts.of(InfusionText.class).beforePlannedDayZero(f.plannedDayZero(),
                f.today())));
    }
}

package org.cartflow.infusion.rules;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.infusion.InfusionDelay;
import org.cartflow.infusion.InfusionFactsLoader;
import org.cartflow.infusion.InfusionText;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.FactsGuard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.lymphodepletion.LdFactsLoader;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * LD-1 with DELAY-1/2: the infusion belongs on the planned day 0 ("2 days after the last LD dose"); a later day is
 * the label's "postpone until recovery", so it needs a physician's recorded delay with its cause and reason. The site
 * sets after how many days ({@code cartflow.infusion.delay-reconfirm-days}, default 7) a delay is stale and the
 * physician records it again, confirming the patient is still fit and the plan still holds.
 */
@Singleton
@Enforces({ "LD-1", "DELAY-1", "DELAY-2" })
public class DelayRecordedAfterDayZeroGuard extends FactsGuard<DelayRecordedAfterDayZeroGuard.Facts> {

    /**
     * @param plannedDayZero the verified LD order's planned infusion day, null when there is none
     * @param delayDecidedOn the day (hospital zone) the latest delay was recorded, null when none is
     * @param reconfirmDays after how many days a recorded delay must be recorded again
     */
    public record Facts(LocalDate plannedDayZero, LocalDate today, LocalDate delayDecidedOn, String delayRecordedBy,
            int reconfirmDays) {
    }

    @ConfigProperty(name = "cartflow.infusion.delay-reconfirm-days", defaultValue = "7")
    int reconfirmDays;

    @Inject
    LdFactsLoader ld;

    @Inject
    InfusionFactsLoader loader;

    @Override
    protected Facts facts(GuardContext ctx) {
        LocalDate day0 = ld.verifiedOrder(ctx).map(o -> o.plannedInfusionOn).orElse(null);
        if (day0 == null || !ctx.today().isAfter(day0)) {
            return new Facts(day0, ctx.today(), null, null, reconfirmDays);
        }
        InfusionDelay delay = loader.delays(ctx).latest().orElse(null);
        return new Facts(day0, ctx.today(), delay == null ? null : delay.recordedAt.atZone(ctx.course().zone())
                .toLocalDate(), delay == null ? null : delay.recordedBy, reconfirmDays);
    }

    @Override
    public List<Finding> check(Facts f) {
        if (f.plannedDayZero() == null || !f.today().isAfter(f.plannedDayZero())) {
            return List.of();
        }
        var text = Texts.of(InfusionText.class);
        if (f.delayDecidedOn() == null) {
            return List.of(new Finding("LD-1", text.laterThanDayZeroWithoutDelay(f.plannedDayZero(), f.today(),
                    ChronoUnit.DAYS.between(f.plannedDayZero(), f.today()))));
        }
        if (ChronoUnit.DAYS.between(f.delayDecidedOn(), f.today()) > f.reconfirmDays()) {
            return List.of(new Finding("LD-1", text.delayNeedsReconfirmation(f.delayDecidedOn(), f.delayRecordedBy(),
                    f.reconfirmDays())));
        }
        return List.of();
    }
}

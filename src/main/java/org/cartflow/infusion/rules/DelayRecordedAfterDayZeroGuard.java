package org.cartflow.infusion.rules;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.infusion.InfusionDelay;
import org.cartflow.infusion.InfusionText;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard;
import org.cartflow.kernel.GuardContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * LD-1 with DELAY-1/2: the infusion belongs on the planned day 0 ("2 days after the last LD dose"); a later day is
 * the label's "postpone until recovery", so it needs a physician's recorded delay with its cause and reason. The site
 * sets after how many days ({@code cartflow.infusion.delay-reconfirm-days}, default 7) a delay is stale and the
 * physician records it again, confirming the patient is still fit and the plan still holds.
 */
@Singleton
@Enforces({ "LD-1", "DELAY-1", "DELAY-2" })
public class DelayRecordedAfterDayZeroGuard implements Guard {

    @ConfigProperty(name = "cartflow.infusion.delay-reconfirm-days", defaultValue = "7")
    int reconfirmDays;

    @Override
    public List<Finding> check(GuardContext ctx) {
        LocalDate today = ctx.today();
        InfusionDelay.Lateness late = InfusionDelay.lateness(ctx.courseId(), today).orElse(null);
        if (late == null) {
            return List.of();
        }
        var text = Texts.of(InfusionText.class);
        if (!late.delayRecorded()) {
            return List.of(new Finding("LD-1", text.laterThanDayZeroWithoutDelay(late.plannedDayZero(), today,
                    late.days())));
        }
        InfusionDelay delay = InfusionDelay.latest(ctx.courseId()).orElseThrow();
        LocalDate decided = delay.recordedAt.atZone(ctx.course().zone()).toLocalDate();
        if (ChronoUnit.DAYS.between(decided, today) > reconfirmDays) {
            return List.of(new Finding("LD-1", text.delayNeedsReconfirmation(decided, delay.recordedBy, reconfirmDays)));
        }
        return List.of();
    }
}

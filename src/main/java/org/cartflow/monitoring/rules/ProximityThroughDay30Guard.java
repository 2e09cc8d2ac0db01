package org.cartflow.monitoring.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.FactsGuard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.monitoring.MonitoringText;
import org.cartflow.rules.LabelProfiles;

/** MON-2 (trial): the patient stays near the site until the profile's day (30 in KarMMa). */
@Singleton
@Enforces("MON-2")
public class ProximityThroughDay30Guard extends FactsGuard<ProximityThroughDay30Guard.Facts> {

    /** @param day today's day number in the hospital's zone, null before the infusion is known */
    public record Facts(Integer day, int proximityEndDay) {
    }

    private final LabelProfiles profiles;

    public ProximityThroughDay30Guard(LabelProfiles profiles) {
        this.profiles = profiles;
    }

    @Override
    protected Facts facts(GuardContext ctx) {
        return new Facts(ctx.course().dayNumber(ctx.now()),
                profiles.get(ctx.course().labelProfile).value("proximityEndDay"));
    }

    @Override
    public List<Finding> check(Facts f) {
        if (f.day() == null || f.day() < f.proximityEndDay()) {
            return List.of(new Finding("MON-2", Texts.of(MonitoringText.class).staysNearSiteUntilDay(
                    String.valueOf(f.day()), f.proximityEndDay())));
        }
        return List.of();
    }
}

package org.cartflow.monitoring.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.monitoring.MonitoringText;
import org.cartflow.rules.LabelProfiles;

/** The patient stays within 30 minutes of the site until day 30 (trial rule: a physician may override). */
@Singleton
@Enforces("MON-2")
public class ProximityThroughDay30Guard implements Guard {

    private final LabelProfiles profiles;

    public ProximityThroughDay30Guard(LabelProfiles profiles) {
        this.profiles = profiles;
    }

    @Override
    public List<Finding> check(GuardContext ctx) {
        var text = Texts.of(MonitoringText.class);
        int proximityEndDay = profiles.get(ctx.course().labelProfile).value("proximityEndDay");
        Integer day = ctx.course().dayNumber(ctx.now());
        if (day == null || day < proximityEndDay) {
            return List.of(new Finding("MON-2", text.staysNearSiteUntilDay(String.valueOf(day),
                    proximityEndDay)));
        }
        return List.of();
    }
}

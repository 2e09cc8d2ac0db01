package org.cartflow.monitoring.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.FactsGuard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.monitoring.MonitoringText;
import org.cartflow.rules.LabelProfiles;

/** KarMMa kept patients inpatient from day 0 through day 14: discharge from day 14 on (trial rule). */
@Singleton
@Enforces("MON-1")
public class InpatientThroughDay14Guard extends FactsGuard<InpatientThroughDay14Guard.Facts> {

    /** @param day today's day number in the hospital's zone, null before the infusion is known */
    public record Facts(Integer day, int earliestDischargeDay) {
    }

    private final LabelProfiles profiles;

    public InpatientThroughDay14Guard(LabelProfiles profiles) {
        this.profiles = profiles;
    }

    @Override
    protected Facts facts(GuardContext ctx) {
        return new Facts(ctx.course().dayNumber(ctx.now()),
                profiles.get(ctx.course().labelProfile).value("earliestDischargeDay"));
    }

    @Override
    public List<Finding> check(Facts f) {
        var text = Texts.of(MonitoringText.class);
        if (f.day() == null) {
            return List.of(new Finding("MON-1", text.dayZeroUnknown()));
        }
        if (f.day() < f.earliestDischargeDay()) {
            return List.of(new Finding("MON-1", text.inpatientThroughDay(f.day(), f.earliestDischargeDay())));
        }
        return List.of();
    }
}

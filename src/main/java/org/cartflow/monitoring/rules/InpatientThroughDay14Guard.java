package org.cartflow.monitoring.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.monitoring.MonitoringText;
import org.cartflow.rules.LabelProfiles;

/** KarMMa kept patients inpatient from day 0 through day 14: discharge from day 14 on (trial rule). */
@Singleton
@Enforces("MON-1")
public class InpatientThroughDay14Guard implements Guard {

    private final LabelProfiles profiles;

    public InpatientThroughDay14Guard(LabelProfiles profiles) {
        this.profiles = profiles;
    }

    @Override
    public List<Finding> check(GuardContext ctx) {
        var text = Texts.of(MonitoringText.class);
        int earliestDischargeDay = profiles.get(ctx.course().labelProfile).value("earliestDischargeDay");
        Integer day = ctx.course().dayNumber(ctx.now());
        if (day == null) {
            return List.of(new Finding("MON-1", text.dayZeroUnknown()));
        }
        if (day < earliestDischargeDay) {
            return List.of(new Finding("MON-1", text.inpatientThroughDay(day, earliestDischargeDay)));
        }
        return List.of();
    }
}

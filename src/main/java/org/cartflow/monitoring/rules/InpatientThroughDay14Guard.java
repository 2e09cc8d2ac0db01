package org.cartflow.monitoring.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.monitoring.MonitoringText;

/** KarMMa kept patients inpatient from day 0 through day 14: discharge from day 14 on (trial rule). */
@Singleton
@Enforces("MON-1")
public class InpatientThroughDay14Guard implements Guard {

    static final int EARLIEST_DISCHARGE_DAY = 14;

    @Override
    public List<Finding> check(GuardContext ctx) {
        var text = Texts.of(MonitoringText.class);
        Integer day = ctx.course().dayNumber(ctx.now());
        if (day == null) {
            return List.of(new Finding("MON-1", text.dayZeroUnknown()));
        }
        if (day < EARLIEST_DISCHARGE_DAY) {
            return List.of(new Finding("MON-1", text.inpatientThroughDay(day, EARLIEST_DISCHARGE_DAY)));
        }
        return List.of();
    }
}

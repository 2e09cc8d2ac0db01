package org.cartflow.monitoring.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.journey.Enforces;
import org.cartflow.journey.Guard;
import org.cartflow.journey.GuardContext;

/** KarMMa kept patients inpatient from day 0 through day 14: discharge from day 14 on (trial rule). */
@Singleton
@Enforces("MON-1")
public class InpatientThroughDay14Guard implements Guard {

    static final int EARLIEST_DISCHARGE_DAY = 14;

    @Override
    public List<Finding> check(GuardContext ctx) {
        Integer day = ctx.course().dayNumber(ctx.now());
        if (day == null) {
            return List.of(new Finding("MON-1", "No infusion is recorded; day 0 is unknown."));
        }
        if (day < EARLIEST_DISCHARGE_DAY) {
            return List.of(new Finding("MON-1", "Today is day " + day + "; inpatient monitoring runs through day "
                    + EARLIEST_DISCHARGE_DAY + ". A physician may override with a reason."));
        }
        return List.of();
    }
}

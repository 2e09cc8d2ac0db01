package org.cartflow.monitoring.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.monitoring.MissedAssessmentDay;
import org.cartflow.monitoring.MonitoringText;

/**
 * MON-1, MON-3, MON-4 at discharge: every day from day 0 to the day before discharge has a CRS/ICANS assessment or a
 * physician's explanation of why it has none. A day nobody looked at the patient is not a calm day. The discharge day
 * itself is NoActiveCrsOrIcansGuard's.
 */
@Singleton
@Enforces({ "MON-1", "MON-3", "MON-4" })
public class NoUnexplainedMissingDayGuard implements Guard {

    @Override
    public List<Finding> check(GuardContext ctx) {
        Integer today = ctx.course().dayNumber(ctx.now());
        if (today == null || today < 1) {
            return List.of();
        }
        List<Integer> missing = MissedAssessmentDay.unexplained(ctx.courseId(), today - 1);
        return missing.isEmpty() ? List.of()
                : List.of(new Finding("MON-3", Texts.of(MonitoringText.class).unexplainedMissingDays(missing.toString())));
    }
}

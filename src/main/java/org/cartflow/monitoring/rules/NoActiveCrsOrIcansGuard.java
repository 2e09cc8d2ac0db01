package org.cartflow.monitoring.rules;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.journey.Enforces;
import org.cartflow.journey.Guard;
import org.cartflow.journey.GuardContext;
import org.cartflow.monitoring.MonitoringAssessment;

/** No discharge while the latest assessment shows CRS or ICANS of any grade, nor without a day-14+ assessment. */
@Singleton
@Enforces({ "MON-3", "MON-4", "CRS-ALG", "NEURO-ALG" })
public class NoActiveCrsOrIcansGuard implements Guard {

    @Override
    public List<Finding> check(GuardContext ctx) {
        var latest = MonitoringAssessment.latest(ctx.courseId()).orElse(null);
        if (latest == null) {
            return List.of(new Finding("MON-3", "No monitoring assessment is recorded; assess CRS and ICANS "
                    + "before discharge."), new Finding("MON-4", "No ICE/neurological assessment is recorded."));
        }
        List<Finding> out = new ArrayList<>();
        if (latest.crsGrade > 0) {
            out.add(new Finding("CRS-ALG", "CRS grade " + latest.crsGrade + " is active (assessed day "
                    + latest.dayNumber + "); discharge waits until it has resolved."));
        }
        if (latest.icansGrade > 0) {
            out.add(new Finding("NEURO-ALG", "ICANS grade " + latest.icansGrade + " is active (assessed day "
                    + latest.dayNumber + "); discharge waits until it has resolved."));
        }
        return out;
    }
}

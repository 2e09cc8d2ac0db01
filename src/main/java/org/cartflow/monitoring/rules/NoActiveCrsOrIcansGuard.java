package org.cartflow.monitoring.rules;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.journey.Enforces;
import org.cartflow.journey.Guard;
import org.cartflow.journey.GuardContext;
import org.cartflow.monitoring.MonitoringAssessment;
import org.cartflow.monitoring.MonitoringText;

/** No discharge while the latest assessment shows CRS or ICANS of any grade, nor without a day-14+ assessment. */
@Singleton
@Enforces({ "MON-3", "MON-4", "CRS-ALG", "NEURO-ALG" })
public class NoActiveCrsOrIcansGuard implements Guard {

    @Override
    public List<Finding> check(GuardContext ctx) {
        var text = Texts.of(MonitoringText.class);
        var latest = MonitoringAssessment.latest(ctx.courseId()).orElse(null);
        if (latest == null) {
            return List.of(new Finding("MON-3", text.noAssessmentBeforeDischarge()),
                    new Finding("MON-4", text.noIceAssessment()));
        }
        List<Finding> out = new ArrayList<>();
        if (latest.crsGrade > 0) {
            out.add(new Finding("CRS-ALG", text.crsActive(latest.crsGrade, latest.dayNumber)));
        }
        if (latest.icansGrade > 0) {
            out.add(new Finding("NEURO-ALG", text.icansActive(latest.icansGrade, latest.dayNumber)));
        }
        return out;
    }
}

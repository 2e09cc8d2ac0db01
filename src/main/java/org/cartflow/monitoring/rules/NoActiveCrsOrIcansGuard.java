package org.cartflow.monitoring.rules;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.common.HospitalTime;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.FactsGuard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.monitoring.MonitoringAssessment;
import org.cartflow.monitoring.MonitoringFactsLoader;
import org.cartflow.monitoring.MonitoringText;

/**
 * Discharge on a current assessment only (MON-3, MON-4): the latest CRS/ICANS assessment must be recorded on the
 * discharge day in the hospital's zone (or, where the site sets {@code cartflow.discharge.assessment-max-age-hours},
 * within that many hours), and must show neither CRS nor ICANS (CRS-ALG, NEURO-ALG). A calm assessment days
 * earlier says nothing about the patient today.
 */
@Singleton
@Enforces({ "MON-3", "MON-4", "CRS-ALG", "NEURO-ALG" })
public class NoActiveCrsOrIcansGuard extends FactsGuard<NoActiveCrsOrIcansGuard.Facts> {

    /**
     * @param latest the latest assessment, null when none
     * @param maxAgeHours the site's limit on its age, null: it must be from today in the hospital's zone
     */
    public record Facts(MonitoringAssessment latest, Instant now, ZoneId zone, Integer maxAgeHours) {
    }

    @Inject
    MonitoringFactsLoader loader;

    @Override
    protected Facts facts(GuardContext ctx) {
        return new Facts(loader.assessments(ctx).latest(), ctx.now(), ctx.course().zone(),
                loader.assessmentMaxAgeHours().orElse(null));
    }

    @Override
    public List<Finding> check(Facts f) {
        var text = Texts.of(MonitoringText.class);
        MonitoringAssessment latest = f.latest();
        if (latest == null) {
            return List.of(new Finding("MON-3", text.noAssessmentBeforeDischarge()),
                    new Finding("MON-4", text.noIceAssessment()));
        }
        List<Finding> out = new ArrayList<>();
        if (!current(f)) {
            String when = HospitalTime.of(latest.assessedAt, f.zone());
            out.add(new Finding("MON-3", f.maxAgeHours() != null
                    ? text.assessmentTooOldForDischargeHours(when, f.maxAgeHours())
                    : text.assessmentTooOldForDischarge(when)));
        }
        if (latest.crsGrade > 0) {
            out.add(new Finding("CRS-ALG", text.crsActive(latest.crsGrade, latest.dayNumber)));
        }
        if (latest.icansGrade > 0) {
            out.add(new Finding("NEURO-ALG", text.icansActive(latest.icansGrade, latest.dayNumber)));
        }
        return out;
    }

    private static boolean current(Facts f) {
        if (f.maxAgeHours() != null) {
            return !f.latest().assessedAt.isBefore(f.now().minus(Duration.ofHours(f.maxAgeHours())));
        }
        return f.latest().assessedAt.atZone(f.zone()).toLocalDate().equals(f.now().atZone(f.zone()).toLocalDate());
    }
}

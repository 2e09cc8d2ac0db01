package org.cartflow.monitoring.rules;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cartflow.common.HospitalTime;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.monitoring.MonitoringAssessment;
import org.cartflow.monitoring.MonitoringText;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Discharge on a current assessment only (MON-3, MON-4): the latest CRS/ICANS assessment must be recorded on the
 * discharge day in the hospital's zone (or, where the site sets {@code cartflow.discharge.assessment-max-age-hours},
 * within that many hours), and must show neither CRS nor ICANS (CRS-ALG, NEURO-ALG). A calm assessment days
 * earlier says nothing about the patient today.
 */
@Singleton
@Enforces({ "MON-3", "MON-4", "CRS-ALG", "NEURO-ALG" })
public class NoActiveCrsOrIcansGuard implements Guard {

    @ConfigProperty(name = "cartflow.discharge.assessment-max-age-hours")
    Optional<Integer> maxAgeHours;

    @Override
    public List<Finding> check(GuardContext ctx) {
        var text = Texts.of(MonitoringText.class);
        var latest = MonitoringAssessment.latest(ctx.courseId()).orElse(null);
        if (latest == null) {
            return List.of(new Finding("MON-3", text.noAssessmentBeforeDischarge()),
                    new Finding("MON-4", text.noIceAssessment()));
        }
        List<Finding> out = new ArrayList<>();
        if (!current(latest, ctx)) {
            String when = HospitalTime.of(latest.assessedAt, ctx.course().zone());
            out.add(new Finding("MON-3", maxAgeHours.isPresent()
                    ? text.assessmentTooOldForDischargeHours(when, maxAgeHours.get())
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

    private boolean current(MonitoringAssessment latest, GuardContext ctx) {
        if (maxAgeHours.isPresent()) {
            return !latest.assessedAt.isBefore(ctx.now().minus(Duration.ofHours(maxAgeHours.get())));
        }
        return latest.assessedAt.atZone(ctx.course().zone()).toLocalDate().equals(ctx.today());
    }
}

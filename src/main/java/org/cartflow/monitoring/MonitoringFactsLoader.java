package org.cartflow.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.cartflow.kernel.GuardContext;
import org.cartflow.rules.LabelProfile;
import org.cartflow.rules.LabelProfiles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The only code on the monitoring rules' path that reads the database. Each table is read once per evaluation of a
 * step (through {@link GuardContext#facts}) and shared by the guards that need it (the assessments by the discharge's
 * CRS/ICANS and missing-day guards and by follow-up completion's surveillance guard).
 */
@ApplicationScoped
public class MonitoringFactsLoader {

    /** The course's CRS/ICANS assessments in time order. */
    public record Assessments(List<MonitoringAssessment> all) {

        public MonitoringAssessment latest() {
            return all.isEmpty() ? null : all.get(all.size() - 1);
        }
    }

    /** The course's response assessments in date order. */
    public record Responses(List<ResponseAssessment> all) {

        public boolean progressed() {
            return all.stream().anyMatch(r -> "PD".equals(r.response));
        }
    }

    @Inject
    LabelProfiles profiles;

    @ConfigProperty(name = "cartflow.discharge.assessment-max-age-hours")
    Optional<Integer> assessmentMaxAgeHours;

    public Assessments assessments(GuardContext ctx) {
        return ctx.facts(Assessments.class, c -> new Assessments(MonitoringAssessment.ofCourse(c.courseId())));
    }

    public Responses responses(GuardContext ctx) {
        return ctx.facts(Responses.class, c -> new Responses(ResponseAssessment.ofCourse(c.courseId())));
    }

    public List<MissedAssessmentDay> explainedMissingDays(GuardContext ctx) {
        return MissedAssessmentDay.ofCourse(ctx.courseId());
    }

    public Optional<DischargeRecord> discharge(GuardContext ctx) {
        return DischargeRecord.current(ctx.courseId());
    }

    public List<LabPanel> labs(GuardContext ctx) {
        return LabPanel.ofCourse(ctx.courseId());
    }

    public LabelProfile profile(GuardContext ctx) {
        return profiles.get(ctx.course().labelProfile);
    }

    /** The site's limit on the discharge assessment's age in hours; empty: it must be from the discharge day. */
    public Optional<Integer> assessmentMaxAgeHours() {
        return assessmentMaxAgeHours;
    }
}

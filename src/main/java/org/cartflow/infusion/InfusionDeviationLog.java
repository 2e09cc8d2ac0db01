package org.cartflow.infusion;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.cartflow.common.Problem;
import org.cartflow.kernel.Course;
import org.cartflow.kernel.DeviationLog;

/** Keeps record-infusion's after-the-fact findings as open deviations (in the step's transaction). */
@ApplicationScoped
public class InfusionDeviationLog implements DeviationLog {

    @Override
    public void record(Course course, String stepSlug, List<Problem.Refusal> deviations, String by, String role,
            Instant at) {
        for (Problem.Refusal r : deviations) {
            InfusionDeviation d = new InfusionDeviation();
            d.courseId = course.id;
            d.step = stepSlug;
            d.ruleId = r.ruleId();
            d.guard = r.guard();
            d.message = r.message();
            d.recordedBy = by;
            d.recordedRole = role;
            d.recordedAt = at;
            d.persist();
        }
    }
}

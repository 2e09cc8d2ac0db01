package org.cartflow.monitoring.rules;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.monitoring.MonitoringAssessment;
import org.cartflow.monitoring.MonitoringText;
import org.cartflow.monitoring.ResponseAssessment;

/** All-case surveillance: a course cannot close without its safety and efficacy data on record. */
@Singleton
@Enforces("SURV-1")
public class SurveillanceDataGuard implements Guard {

    @Override
    public List<Finding> check(GuardContext ctx) {
        var text = Texts.of(MonitoringText.class);
        List<Finding> out = new ArrayList<>();
        if (MonitoringAssessment.latest(ctx.courseId()).isEmpty()) {
            out.add(new Finding("SURV-1", text.surveillanceSafetyDataMissing()));
        }
        if (ResponseAssessment.ofCourse(ctx.courseId()).isEmpty()) {
            out.add(new Finding("SURV-1", text.surveillanceEfficacyDataMissing()));
        }
        return out;
    }
}

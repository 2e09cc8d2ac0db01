package org.cartflow.monitoring.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.journey.Enforces;
import org.cartflow.journey.Guard;
import org.cartflow.journey.GuardContext;
import org.cartflow.monitoring.MonitoringText;
import org.cartflow.monitoring.ResponseAssessment;

/** Follow-up lasts at least 24 months (about day 730) or until progression (secondary malignancies reported). */
@Singleton
@Enforces("POST-5")
public class LongTermFollowUpGuard implements Guard {

    static final int DAY_24_MONTHS = 730;

    @Override
    public List<Finding> check(GuardContext ctx) {
        Integer day = ctx.course().dayNumber(ctx.now());
        if (day != null && day >= DAY_24_MONTHS) {
            return List.of();
        }
        if (ResponseAssessment.progressed(ctx.courseId())) {
            return List.of();
        }
        var text = Texts.of(MonitoringText.class);
        return List.of(new Finding("POST-5", text.followUpContinues(String.valueOf(day), DAY_24_MONTHS)));
    }
}

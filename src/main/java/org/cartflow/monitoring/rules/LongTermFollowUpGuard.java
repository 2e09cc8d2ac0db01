package org.cartflow.monitoring.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.monitoring.MonitoringText;
import org.cartflow.monitoring.ResponseAssessment;

/**
 * POST-5: follow-up lasts at least 24 months (about day 730), progression or not. KarMMa followed patients "for 24
 * months or more, or until PD, whichever is longer", and "a patient with PD within 24 months continued to 24 months"
 * (brochure: 24ヵ月間以上又はPDが確認されるまでのいずれか長い方 ... 24ヵ月以内にPDが確認された患者は24ヵ月まで本試験を継続);
 * secondary malignancies are watched for the whole time.
 */
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
        var text = Texts.of(MonitoringText.class);
        return List.of(new Finding("POST-5", ResponseAssessment.progressed(ctx.courseId())
                ? text.followUpContinuesAfterProgression(String.valueOf(day), DAY_24_MONTHS)
                : text.followUpContinues(String.valueOf(day), DAY_24_MONTHS)));
    }
}

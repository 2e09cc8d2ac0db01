package org.cartflow.monitoring.rules;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.FactsGuard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.monitoring.MonitoringFactsLoader;
import org.cartflow.monitoring.MonitoringText;

/**
 * POST-5: follow-up lasts at least 24 months (day 730, the profile's {@code followUpMinimumDays}), progression or not. KarMMa followed patients "for 24
 * months or more, or until PD, whichever is longer", and "a patient with PD within 24 months continued to 24 months"
 * (brochure: 24ヵ月間以上又はPDが確認されるまでのいずれか長い方 ... 24ヵ月以内にPDが確認された患者は24ヵ月まで本試験を継続);
 * secondary malignancies are watched for the whole time.
 */
@Singleton
@Enforces("POST-5")
public class LongTermFollowUpGuard extends FactsGuard<LongTermFollowUpGuard.Facts> {

    /** @param day today's day number, null before the infusion is known; progressed: a PD response is on file */
    public record Facts(Integer day, int followUpMinimumDays, boolean progressed) {
    }

    @Inject
    MonitoringFactsLoader loader;

    @Override
    protected Facts facts(GuardContext ctx) {
        return new Facts(ctx.course().dayNumber(ctx.now()), loader.profile(ctx).value("followUpMinimumDays"),
                loader.responses(ctx).progressed());
    }

    @Override
    public List<Finding> check(Facts f) {
        if (f.day() != null && f.day() >= f.followUpMinimumDays()) {
            return List.of();
        }
        var text = Texts.of(MonitoringText.class);
        String day = String.valueOf(f.day());
        return List.of(new Finding("POST-5", f.progressed()
                ? text.followUpContinuesAfterProgression(day, f.followUpMinimumDays())
                : text.followUpContinues(day, f.followUpMinimumDays())));
    }
}

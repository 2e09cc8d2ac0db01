package org.cartflow.eligibility.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.eligibility.EcogAssessment;
import org.cartflow.eligibility.EligibilityText;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard;
import org.cartflow.kernel.GuardContext;

/** KarMMa enrolled ECOG 0-1; a trial rule, so a physician may override it with a reason. */
@Singleton
@Enforces("ELIG-5")
public class EcogZeroOrOneGuard implements Guard {

    @Override
    public List<Finding> check(GuardContext ctx) {
        var text = Texts.of(EligibilityText.class);
        var e = EcogAssessment.current(ctx.courseId()).orElse(null);
        if (e == null) {
            return List.of(new Finding("ELIG-5", text.ecogMissing()));
        }
        if (e.score > 1) {
            return List.of(new Finding("ELIG-5", text.ecogAboveOne(e.score, e.assessedOn)));
        }
        return List.of();
    }
}

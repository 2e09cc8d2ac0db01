package org.cartflow.eligibility.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.eligibility.EligibilityFacts;
import org.cartflow.eligibility.EligibilityText;
import org.cartflow.kernel.Enforces;

/** KarMMa enrolled ECOG 0-1; a trial rule, so a physician may override it with a reason. */
@Singleton
@Enforces("ELIG-5")
public class EcogZeroOrOneGuard extends WorkUpGuard {

    @Override
    public List<Finding> check(EligibilityFacts f) {
        var text = Texts.of(EligibilityText.class);
        var e = f.ecog();
        if (e == null) {
            return List.of(new Finding("ELIG-5", text.ecogMissing()));
        }
        if (e.score > 1) {
            return List.of(new Finding("ELIG-5", text.ecogAboveOne(e.score, e.assessedOn)));
        }
        return List.of();
    }
}

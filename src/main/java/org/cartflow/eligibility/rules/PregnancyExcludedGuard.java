package org.cartflow.eligibility.rules;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.eligibility.EligibilityText;
import org.cartflow.eligibility.PregnancyStatus;
import org.cartflow.journey.Enforces;
import org.cartflow.journey.Guard;
import org.cartflow.journey.GuardContext;

@Singleton
@Enforces("ELIG-6")
public class PregnancyExcludedGuard implements Guard {

    @Override
    public List<Finding> check(GuardContext ctx) {
        var text = Texts.of(EligibilityText.class);
        var p = PregnancyStatus.current(ctx.courseId()).orElse(null);
        if (p == null) {
            return List.of(new Finding("ELIG-6", text.pregnancyStatusMissing()));
        }
        List<Finding> out = new ArrayList<>();
        if (p.pregnant) {
            out.add(new Finding("ELIG-6", text.pregnant()));
        }
        if (p.childbearingPotential && p.pregnancyTestNegativeOn == null) {
            out.add(new Finding("ELIG-6", text.negativeTestMissing()));
        }
        if (p.childbearingPotential && !p.contraceptionCounselled) {
            out.add(new Finding("ELIG-6", text.contraceptionNotCounselled()));
        }
        return out;
    }
}

package org.cartflow.eligibility.rules;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.eligibility.EligibilityFacts;
import org.cartflow.eligibility.EligibilityText;
import org.cartflow.kernel.Enforces;

/**
 * ELIG-6 at eligibility: pregnancy status recorded; a pregnant patient only with a physician's benefit-risk decision
 * (the label: 原則として投与しないこと。やむを得ず投与する場合には...); for childbearing potential a negative test and
 * contraception counselling.
 */
@Singleton
@Enforces("ELIG-6")
public class PregnancyExcludedGuard extends WorkUpGuard {

    @Override
    public List<Finding> check(EligibilityFacts facts) {
        var text = Texts.of(EligibilityText.class);
        var p = facts.pregnancy().status();
        if (p == null) {
            return List.of(new Finding("ELIG-6", text.pregnancyStatusMissing()));
        }
        List<Finding> out = new ArrayList<>();
        if (p.pregnant) {
            if (facts.pregnancy().benefitRisk() == null) {
                out.add(new Finding("ELIG-6", text.pregnantNeedsBenefitRiskDecision()));
            }
        } else if (p.childbearingPotential && p.pregnancyTestNegativeOn == null) {
            out.add(new Finding("ELIG-6", text.negativeTestMissing()));
        }
        if (p.childbearingPotential && !p.contraceptionCounselled) {
            out.add(new Finding("ELIG-6", text.contraceptionNotCounselled()));
        }
        return out;
    }
}

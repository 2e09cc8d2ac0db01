package org.cartflow.eligibility.rules;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.eligibility.EligibilityFactsLoader;
import org.cartflow.eligibility.EligibilityText;
import org.cartflow.eligibility.PregnancyFacts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.FactsGuard;
import org.cartflow.kernel.GuardContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * ELIG-6 before lymphodepletion and before the thaw: for a patient of childbearing potential the pregnancy status is
 * confirmed again, a negative test no older than {@code cartflow.eligibility.pregnancy-reconfirm-days} (site policy,
 * default 7; the label gives no number), or a pregnancy with a physician's benefit-risk decision.
 */
@Singleton
@Enforces("ELIG-6")
public class PregnancyReconfirmedGuard extends FactsGuard<PregnancyFacts> {

    private final int reconfirmDays;

    @Inject
    EligibilityFactsLoader loader;

    public PregnancyReconfirmedGuard(
            @ConfigProperty(name = "cartflow.eligibility.pregnancy-reconfirm-days", defaultValue = "7") int reconfirmDays) {
        this.reconfirmDays = reconfirmDays;
    }

    @Override
    protected PregnancyFacts facts(GuardContext ctx) {
        return loader.pregnancy(ctx);
    }

    @Override
    public List<Finding> check(PregnancyFacts f) {
        var text = Texts.of(EligibilityText.class);
        var p = f.status();
        if (p == null) {
            return List.of(new Finding("ELIG-6", text.pregnancyStatusMissing()));
        }
        if (!p.childbearingPotential) {
            return List.of();
        }
        if (p.pregnant) {
            return f.benefitRisk() != null ? List.of()
                    : List.of(new Finding("ELIG-6", text.pregnantNeedsBenefitRiskDecision()));
        }
        LocalDate oldest = f.today().minusDays(reconfirmDays);
        if (p.pregnancyTestNegativeOn == null || p.pregnancyTestNegativeOn.isBefore(oldest)) {
            return List.of(new Finding("ELIG-6", text.pregnancyNotReconfirmed(reconfirmDays,
                    p.pregnancyTestNegativeOn == null ? "-" : p.pregnancyTestNegativeOn.toString())));
        }
        return List.of();
    }
}

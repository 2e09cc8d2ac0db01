package org.cartflow.infusion.rules;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.infusion.InfusedBagsDose;
import org.cartflow.infusion.InfusionFactsLoader;
import org.cartflow.infusion.InfusionText;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.FactsGuard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.product.DoseRange;
import org.cartflow.rules.LabelProfiles;

/**
 * DOSE-1 ("allowed range 280-540 x 10^6"): the dose the patient actually received, the infused bags' CAR+ T cells.
 * When a bag could not be given the infused dose can fall below the range; it is then an after-the-fact finding of
 * record-infusion that a physician acknowledges in the deviation review.
 */
@Singleton
@Enforces("DOSE-1")
public class InfusedDoseGuard extends FactsGuard<InfusedDoseGuard.Facts> {

    /** @param infusedE6 the CAR+ T cells (x 10^6) of the bags infused; @param range the course profile's range */
    public record Facts(BigDecimal infusedE6, DoseRange range) {
    }

    @Inject
    InfusionFactsLoader loader;

    @Inject
    LabelProfiles profiles;

    @Override
    protected Facts facts(GuardContext ctx) {
        return new Facts(InfusedBagsDose.millions(loader.bags(ctx).infused()),
                DoseRange.of(profiles.get(ctx.course().labelProfile)));
    }

    @Override
    public List<Finding> check(Facts f) {
        if (f.infusedE6().signum() > 0 && f.range().below(f.infusedE6())) {
            return List.of(new Finding("DOSE-1", Texts.of(InfusionText.class).infusedDoseBelowRange(
                    f.infusedE6().stripTrailingZeros().toPlainString(), f.range().minimumE6().toPlainString(),
                    f.range().maximumE6().toPlainString())));
        }
        return List.of();
    }
}

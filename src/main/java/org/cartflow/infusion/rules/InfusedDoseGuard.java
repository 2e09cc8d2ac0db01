package org.cartflow.infusion.rules;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.infusion.InfusionText;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.kernel.InfusedDose;
import org.cartflow.product.DoseRange;
import org.cartflow.rules.LabelProfiles;

/**
 * DOSE-1 ("allowed range 280-540 x 10^6"): the dose the patient actually received, the infused bags' CAR+ T cells.
 * When a bag could not be given the infused dose can fall below the range; it is then an after-the-fact finding of
 * record-infusion that a physician acknowledges in the deviation review.
 */
@Singleton
@Enforces("DOSE-1")
public class InfusedDoseGuard implements Guard {

    @Inject
    InfusedDose dose;

    @Inject
    LabelProfiles profiles;

    @Override
    public List<Finding> check(GuardContext ctx) {
        BigDecimal infused = dose.millions(ctx.courseId());
        DoseRange range = DoseRange.of(profiles.get(ctx.course().labelProfile));
        if (infused.signum() > 0 && range.below(infused)) {
            return List.of(new Finding("DOSE-1", Texts.of(InfusionText.class).infusedDoseBelowRange(
                    infused.stripTrailingZeros().toPlainString(), range.minimumE6().toPlainString(),
                    range.maximumE6().toPlainString())));
        }
        return List.of();
    }
}

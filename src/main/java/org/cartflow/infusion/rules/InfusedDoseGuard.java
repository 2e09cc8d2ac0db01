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
import org.cartflow.product.ProductLimits;

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

    @Override
    public List<Finding> check(GuardContext ctx) {
        BigDecimal infused = dose.millions(ctx.courseId());
        if (infused.signum() > 0 && infused.compareTo(ProductLimits.MIN_DOSE_E6) < 0) {
            return List.of(new Finding("DOSE-1", Texts.of(InfusionText.class).infusedDoseBelowRange(
                    infused.stripTrailingZeros().toPlainString(), ProductLimits.MIN_DOSE_E6.toPlainString(),
                    ProductLimits.MAX_DOSE_E6.toPlainString())));
        }
        return List.of();
    }
}

package org.cartflow.lymphodepletion.rules;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.FactsGuard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.lymphodepletion.LdFactsLoader;
import org.cartflow.lymphodepletion.LdOrder;
import org.cartflow.lymphodepletion.LymphodepletionText;

/**
 * LD-1: LD starts only under a pharmacist-verified order. LD-3: that order keeps the renal reduction of its tier,
 * or carries the physician's reason for a different dose.
 */
@Singleton
@Enforces({ "LD-1", "LD-3" })
public class VerifiedLdOrderGuard extends FactsGuard<VerifiedLdOrderGuard.Facts> {

    /** @param verified the verified order, null when none */
    public record Facts(LdOrder verified) {
    }

    @Inject
    LdFactsLoader loader;

    @Override
    protected Facts facts(GuardContext ctx) {
        return new Facts(loader.verifiedOrder(ctx).orElse(null));
    }

    @Override
    public List<Finding> check(Facts f) {
        var text = Texts.of(LymphodepletionText.class);
        LdOrder o = f.verified();
        if (o == null) {
            return List.of(new Finding("LD-1", text.noVerifiedOrder()));
        }
        boolean aboveReduced = o.calculatedFluMg == null
                || o.prescribedFluMg.compareTo(o.calculatedFluMg.multiply(BigDecimal.valueOf(1.05))) > 0;
        if (aboveReduced && (o.prescriptionReason == null || o.prescriptionReason.isBlank())) {
            return List.of(new Finding("LD-3", text.fludarabineAboveRenalReduction(o.renalTier)));
        }
        return List.of();
    }
}

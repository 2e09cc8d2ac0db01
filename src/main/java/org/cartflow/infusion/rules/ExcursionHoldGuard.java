package org.cartflow.infusion.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.infusion.BagRecord;
import org.cartflow.product.ProductBag;
import org.cartflow.common.Texts;
import org.cartflow.infusion.InfusionText;
import org.cartflow.kernel.CommandGuard;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard.Finding;

/** STO-1: a bag held after a storage excursion waits for the excursion's decision; it is not documented as
 * not infusable meanwhile. */
@Singleton
@Enforces("STO-1")
public class ExcursionHoldGuard implements CommandGuard<ExcursionHoldGuard.Facts> {

    public record Facts(ProductBag bag) {
    }

    @Override
    public List<Finding> check(Facts f) {
        return f.bag().state == ProductBag.State.QUARANTINED && !f.bag().neverInfusable
                ? List.of(new Finding("STO-1", Texts.of(InfusionText.class).quarantinedForExcursion(
                        BagRecord.label(f.bag()))))
                : List.of();
    }
}

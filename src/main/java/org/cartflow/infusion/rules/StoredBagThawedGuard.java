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

/** STO-1 at thaw start: only a bag still stored in the vapour phase of liquid nitrogen is thawed. */
@Singleton
@Enforces("STO-1")
public class StoredBagThawedGuard implements CommandGuard<StoredBagThawedGuard.Facts> {

    public record Facts(ProductBag bag) {
    }

    @Override
    public List<Finding> check(Facts f) {
        return f.bag().state == ProductBag.State.STORED ? List.of()
                : List.of(new Finding("STO-1", Texts.of(InfusionText.class).thawOnlyStoredBag(BagRecord.label(f.bag()),
                        f.bag().state)));
    }
}

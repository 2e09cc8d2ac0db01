package org.cartflow.product.rules;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.FactsGuard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.product.ProductBag;
import org.cartflow.product.ProductFactsLoader;
import org.cartflow.product.ProductShipment;
import org.cartflow.product.ProductText;
import org.cartflow.product.StorageExcursion;
import org.cartflow.product.StorageReading;

/**
 * STO-1: the product is in storage, at -130 C or colder, with no undecided excursion. Bags already thawing or given
 * are past storage; only a shipment with nothing left to use fails.
 */
@Singleton
@Enforces("STO-1")
public class KeptFrozenGuard extends FactsGuard<KeptFrozenGuard.Facts> {

    /**
     * @param shipment null before receipt
     * @param openExcursion the first excursion without a decision, null when none
     * @param latestReading the latest storage temperature, null when none
     */
    public record Facts(ProductShipment shipment, StorageExcursion openExcursion, StorageReading latestReading,
            List<ProductBag> bags) {
    }

    @Inject
    ProductFactsLoader loader;

    @Override
    protected Facts facts(GuardContext ctx) {
        ProductShipment s = loader.shipment(ctx).orElse(null);
        if (s == null) {
            return new Facts(null, null, null, List.of());
        }
        return new Facts(s, loader.openExcursion(ctx).orElse(null), loader.latestReading(ctx).orElse(null),
                loader.bags(ctx));
    }

    @Override
    public List<Finding> check(Facts f) {
        var text = Texts.of(ProductText.class);
        if (f.shipment() == null) {
            return List.of(new Finding("STO-1", text.noReceipt()));
        }
        List<Finding> out = new ArrayList<>();
        if (f.shipment().storedAt == null) {
            out.add(new Finding("STO-1", text.notInStorage()));
        }
        if (f.openExcursion() != null) {
            out.add(new Finding("STO-1", text.excursionUndecided(f.openExcursion().id)));
        }
        if (f.latestReading() != null && !f.latestReading().coldEnough()) {
            out.add(new Finding("STO-1", text.latestReadingTooWarm(f.latestReading().temperatureC.toPlainString())));
        }
        List<ProductBag> bags = f.bags();
        if (!bags.isEmpty() && bags.stream().allMatch(b -> b.state == ProductBag.State.DISCARDED)) {
            out.add(new Finding("STO-1", text.everyBagDiscarded()));
        }
        return out;
    }
}

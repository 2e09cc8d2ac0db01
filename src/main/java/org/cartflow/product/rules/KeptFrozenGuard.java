package org.cartflow.product.rules;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.product.ProductBag;
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
public class KeptFrozenGuard implements Guard {

    @Override
    public List<Finding> check(GuardContext ctx) {
        var text = Texts.of(ProductText.class);
        ProductShipment s = ProductShipment.ofCourse(ctx.courseId()).orElse(null);
        if (s == null) {
            return List.of(new Finding("STO-1", text.noReceipt()));
        }
        List<Finding> out = new ArrayList<>();
        if (s.storedAt == null) {
            out.add(new Finding("STO-1", text.notInStorage()));
        }
        StorageExcursion.openOf(ctx.courseId())
                .ifPresent(e -> out.add(new Finding("STO-1", text.excursionUndecided(e.id))));
        StorageReading.latest(ctx.courseId()).filter(r -> !r.coldEnough()).ifPresent(r -> out.add(new Finding("STO-1",
                text.latestReadingTooWarm(r.temperatureC.toPlainString()))));
        List<ProductBag> bags = ProductBag.ofCourse(ctx.courseId());
        if (!bags.isEmpty() && bags.stream().allMatch(b -> b.state == ProductBag.State.DISCARDED)) {
            out.add(new Finding("STO-1", text.everyBagDiscarded()));
        }
        return out;
    }
}

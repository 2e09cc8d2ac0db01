package org.cartflow.product.rules;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.journey.Enforces;
import org.cartflow.journey.Guard;
import org.cartflow.journey.GuardContext;
import org.cartflow.product.ProductBag;
import org.cartflow.product.ProductShipment;
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
        ProductShipment s = ProductShipment.ofCourse(ctx.courseId()).orElse(null);
        if (s == null) {
            return List.of(new Finding("STO-1", "No product receipt is recorded for this course."));
        }
        List<Finding> out = new ArrayList<>();
        if (s.storedAt == null) {
            out.add(new Finding("STO-1", "The product is not recorded in storage: put it into the vapour phase of "
                    + "liquid nitrogen and record the location and temperature."));
        }
        StorageExcursion.openOf(ctx.courseId()).ifPresent(e -> out.add(new Finding("STO-1", "Temperature excursion "
                + e.id + " awaits a physician's decision (release or discard); the product cannot be used until then.")));
        StorageReading.latest(ctx.courseId()).filter(r -> !r.coldEnough()).ifPresent(r -> out.add(new Finding("STO-1",
                "The latest storage reading is " + r.temperatureC.toPlainString() + " C; it must be -130 C or colder.")));
        List<ProductBag> bags = ProductBag.ofCourse(ctx.courseId());
        if (!bags.isEmpty() && bags.stream().allMatch(b -> b.state == ProductBag.State.DISCARDED)) {
            out.add(new Finding("STO-1", "Every bag of this product was discarded; nothing is left to infuse."));
        }
        return out;
    }
}

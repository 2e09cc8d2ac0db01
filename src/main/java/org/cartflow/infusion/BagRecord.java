package org.cartflow.infusion;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cartflow.product.ProductBag;

/** A bag of the certificate with its bedside record (null steps before the first step). */
public record BagRecord(ProductBag bag, BagInfusion steps) {

    public static List<BagRecord> ofCourse(long courseId) {
        Map<Long, BagInfusion> steps = BagInfusion.ofCourse(courseId).stream()
                .collect(Collectors.toMap(s -> s.bagId, Function.identity()));
        return ProductBag.ofCourse(courseId).stream().map(b -> new BagRecord(b, steps.get(b.id))).toList();
    }

    public static List<BagRecord> infused(long courseId) {
        return ofCourse(courseId).stream().filter(r -> r.bag.state == ProductBag.State.INFUSED).toList();
    }

    public String label() {
        return "Bag " + bag.position + " (" + bag.bagCode + ")";
    }
}

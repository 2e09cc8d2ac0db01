package org.cartflow.infusion;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cartflow.common.Texts;
import org.cartflow.product.ProductBag;

/** A bag of the certificate with its bedside record (null steps before the first step). */
public record BagRecord(ProductBag bag, BagInfusion steps) {

    public static List<BagRecord> ofCourse(long courseId) {
        Map<Long, BagInfusion> steps = BagInfusion.ofCourse(courseId).stream()
                .collect(Collectors.toMap(s -> s.bagId, Function.identity()));
        return ProductBag.ofCourse(courseId).stream().map(b -> new BagRecord(b, steps.get(b.id))).toList();
    }

    public static List<BagRecord> infused(long courseId) {
        return infused(ofCourse(courseId));
    }

    /** Those of the bags that were infused. */
    public static List<BagRecord> infused(List<BagRecord> bags) {
        return bags.stream().filter(r -> r.bag.state == ProductBag.State.INFUSED).toList();
    }

    /** "Bag 1 (code)" in the request's language. */
    public String label() {
        return label(bag);
    }

    public static String label(ProductBag b) {
        return Texts.of(InfusionText.class).bagLabel(b.position, b.bagCode);
    }
}

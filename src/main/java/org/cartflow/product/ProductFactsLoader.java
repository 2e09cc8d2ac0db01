package org.cartflow.product;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.cartflow.kernel.GuardContext;

/**
 * The only code on the product rules' path that reads the database. The shipment (read by the dose, expiry and
 * storage guards of one step) is read once per evaluation of a step ({@link GuardContext#facts}).
 */
@ApplicationScoped
public class ProductFactsLoader {

    /** The course's shipment, empty before receipt. */
    public record Shipment(Optional<ProductShipment> received) {
    }

    public Optional<ProductShipment> shipment(GuardContext ctx) {
        return ctx.facts(Shipment.class, c -> new Shipment(ProductShipment.ofCourse(c.courseId()))).received();
    }

    public Optional<StorageExcursion> openExcursion(GuardContext ctx) {
        return StorageExcursion.openOf(ctx.courseId());
    }

    public Optional<StorageReading> latestReading(GuardContext ctx) {
        return StorageReading.latest(ctx.courseId());
    }

    public List<ProductBag> bags(GuardContext ctx) {
        return ProductBag.ofCourse(ctx.courseId());
    }
}

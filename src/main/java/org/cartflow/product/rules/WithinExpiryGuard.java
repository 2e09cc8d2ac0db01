package org.cartflow.product.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.journey.Enforces;
import org.cartflow.journey.Guard;
import org.cartflow.journey.GuardContext;
import org.cartflow.product.ProductShipment;

/** STO-2: the product is used within the expiry date printed on the container (a day in the hospital's zone). */
@Singleton
@Enforces("STO-2")
public class WithinExpiryGuard implements Guard {

    @Override
    public List<Finding> check(GuardContext ctx) {
        return ProductShipment.ofCourse(ctx.courseId())
                .filter(s -> s.expiryDate.isBefore(ctx.today()))
                .map(s -> List.of(new Finding("STO-2", "The product expired on " + s.expiryDate
                        + "; it must not be used. Contact the manufacturer.")))
                .orElse(List.of());
    }
}

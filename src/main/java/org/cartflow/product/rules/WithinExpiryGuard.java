package org.cartflow.product.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.product.ProductShipment;
import org.cartflow.product.ProductText;

/** STO-2: the product is used within the expiry date printed on the container (a day in the hospital's zone). */
@Singleton
@Enforces("STO-2")
public class WithinExpiryGuard implements Guard {

    @Override
    public List<Finding> check(GuardContext ctx) {
        var text = Texts.of(ProductText.class);
        return ProductShipment.ofCourse(ctx.courseId())
                .filter(s -> s.expiryDate.isBefore(ctx.today()))
                .map(s -> List.of(new Finding("STO-2", text.expiredContactManufacturer(s.expiryDate))))
                .orElse(List.of());
    }
}

package org.cartflow.lymphodepletion.rules;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.lymphodepletion.LdOrder;
import org.cartflow.lymphodepletion.LymphodepletionText;
import org.cartflow.product.ProductShipment;

/**
 * STO-2 ("used within the expiry date printed on the container") judged where it matters for LD: lymphodepletion
 * must not start for a product that will have expired by the planned infusion day (day 0 of the verified order,
 * after any plan move), since the patient is then lymphodepleted for a product that cannot be given. Without a
 * verified order the day is today (LD-1 refuses that start anyway).
 */
@Singleton
@Enforces("STO-2")
public class ProductOutlastsPlannedInfusionGuard implements Guard {

    @Override
    public List<Finding> check(GuardContext ctx) {
        var text = Texts.of(LymphodepletionText.class);
        LocalDate infusionDay = LdOrder.verified(ctx.courseId()).map(o -> o.plannedInfusionOn)
                .filter(d -> d.isAfter(ctx.today())).orElse(ctx.today());
        return ProductShipment.ofCourse(ctx.courseId())
                .filter(s -> s.expiryDate.isBefore(infusionDay))
                .map(s -> List.of(new Finding("STO-2", text.productExpiresBeforeInfusion(s.expiryDate, infusionDay))))
                .orElse(List.of());
    }
}

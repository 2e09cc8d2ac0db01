package org.cartflow.lymphodepletion.rules;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.FactsGuard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.lymphodepletion.LdFactsLoader;
import org.cartflow.lymphodepletion.LymphodepletionText;
import org.cartflow.product.ProductFactsLoader;

/**
 * STO-2 ("used within the expiry date printed on the container") judged where it matters for LD: lymphodepletion
 * must not start for a product that will have expired by the planned infusion day (day 0 of the verified order,
 * after any plan move), since the patient is then lymphodepleted for a product that cannot be given. Without a
 * verified order the day is today (LD-1 refuses that start anyway).
 */
@Singleton
@Enforces("STO-2")
public class ProductOutlastsPlannedInfusionGuard extends FactsGuard<ProductOutlastsPlannedInfusionGuard.Facts> {

    /** @param expiryDate null before receipt; infusionDay: the planned day when still ahead, else today */
    public record Facts(LocalDate expiryDate, LocalDate infusionDay) {
    }

    @Inject
    LdFactsLoader loader;

    @Inject
    ProductFactsLoader product;

    @Override
    protected Facts facts(GuardContext ctx) {
        LocalDate infusionDay = loader.verifiedOrder(ctx).map(o -> o.plannedInfusionOn)
                .filter(d -> d.isAfter(ctx.today())).orElse(ctx.today());
        return new Facts(product.shipment(ctx).map(s -> s.expiryDate).orElse(null), infusionDay);
    }

    @Override
    public List<Finding> check(Facts f) {
        if (f.expiryDate() == null || !f.expiryDate().isBefore(f.infusionDay())) {
            return List.of();
        }
        return List.of(new Finding("STO-2", Texts.of(LymphodepletionText.class).productExpiresBeforeInfusion(
                f.expiryDate(), f.infusionDay())));
    }
}

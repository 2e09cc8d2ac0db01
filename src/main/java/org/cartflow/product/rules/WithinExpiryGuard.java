package org.cartflow.product.rules;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.FactsGuard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.product.ProductFactsLoader;
import org.cartflow.product.ProductText;

/** STO-2: the product is used within the expiry date printed on the container (a day in the hospital's zone). */
@Singleton
@Enforces("STO-2")
public class WithinExpiryGuard extends FactsGuard<WithinExpiryGuard.Facts> {

    /** @param expiryDate the certificate's expiry date, null before receipt (nothing to judge yet) */
    public record Facts(LocalDate expiryDate, LocalDate today) {
    }

    @Inject
    ProductFactsLoader loader;

    @Override
    protected Facts facts(GuardContext ctx) {
        return new Facts(loader.shipment(ctx).map(s -> s.expiryDate).orElse(null), ctx.today());
    }

    @Override
    public List<Finding> check(Facts f) {
        if (f.expiryDate() == null || !f.expiryDate().isBefore(f.today())) {
            return List.of();
        }
        return List.of(new Finding("STO-2", Texts.of(ProductText.class).expiredContactManufacturer(f.expiryDate())));
    }
}

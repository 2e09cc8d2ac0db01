package org.cartflow.product.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.kernel.CommandGuard;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard.Finding;
import org.cartflow.product.ProductText;

/** STO-1: a bag held after a storage excursion is released for use only on the manufacturer's assessment. */
@Singleton
@Enforces("STO-1")
public class ExcursionReleaseGuard implements CommandGuard<ExcursionReleaseGuard.Facts> {

    public record Facts(boolean release, boolean manufacturerAssessed) {
    }

    @Override
    public List<Finding> check(Facts f) {
        return !f.release() || f.manufacturerAssessed() ? List.of()
                : List.of(new Finding("STO-1", Texts.of(ProductText.class).releaseNeedsManufacturerAssessment()));
    }
}

package org.cartflow.product.rules;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.FactsGuard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.product.DoseRange;
import org.cartflow.product.ProductFactsLoader;
import org.cartflow.product.ProductText;
import org.cartflow.rules.LabelProfiles;

/** STO-3, DOSE-1: a release certificate has been received and its bags hold the profile's dose range (280-540 x 10^6). */
@Singleton
@Enforces({ "STO-3", "DOSE-1" })
public class CertificateDoseGuard extends FactsGuard<CertificateDoseGuard.Facts> {

    /** @param certificateDoseE6 the certificate's total CAR+ T cells (x 10^6) once received */
    public record Facts(long courseId, boolean received, BigDecimal certificateDoseE6, DoseRange range) {
    }

    private final LabelProfiles profiles;

    @Inject
    ProductFactsLoader loader;

    public CertificateDoseGuard(LabelProfiles profiles) {
        this.profiles = profiles;
    }

    @Override
    protected Facts facts(GuardContext ctx) {
        var shipment = loader.shipment(ctx);
        return new Facts(ctx.courseId(), shipment.isPresent(), shipment.map(s -> s.totalCarTE6).orElse(null),
                DoseRange.of(profiles.get(ctx.course().labelProfile)));
    }

    @Override
    public List<Finding> check(Facts f) {
        var text = Texts.of(ProductText.class);
        if (!f.received()) {
            return List.of(new Finding("STO-3", text.receiveFirst(f.courseId())));
        }
        if (!f.range().contains(f.certificateDoseE6())) {
            return List.of(new Finding("DOSE-1", text.certificateDoseOutOfRange(f.certificateDoseE6().toPlainString())));
        }
        return List.of();
    }
}

package org.cartflow.product.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.product.DoseRange;
import org.cartflow.rules.LabelProfiles;
import org.cartflow.product.ProductShipment;
import org.cartflow.product.ProductText;

/** STO-3, DOSE-1: a release certificate has been received and its bags hold 280-540 x 10^6 CAR+ T cells. */
@Singleton
@Enforces({ "STO-3", "DOSE-1" })
public class CertificateDoseGuard implements Guard {

    private final LabelProfiles profiles;

    public CertificateDoseGuard(LabelProfiles profiles) {
        this.profiles = profiles;
    }

    @Override
    public List<Finding> check(GuardContext ctx) {
        var text = Texts.of(ProductText.class);
        ProductShipment s = ProductShipment.ofCourse(ctx.courseId()).orElse(null);
        if (s == null) {
            return List.of(new Finding("STO-3", text.receiveFirst(ctx.courseId())));
        }
        if (!DoseRange.of(profiles.get(ctx.course().labelProfile)).contains(s.totalCarTE6)) {
            return List.of(new Finding("DOSE-1", text.certificateDoseOutOfRange(s.totalCarTE6.toPlainString())));
        }
        return List.of();
    }
}

package org.cartflow.product.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.journey.Enforces;
import org.cartflow.journey.Guard;
import org.cartflow.journey.GuardContext;
import org.cartflow.product.ProductLimits;
import org.cartflow.product.ProductShipment;

/** STO-3, DOSE-1: a release certificate has been received and its bags hold 280-540 x 10^6 CAR+ T cells. */
@Singleton
@Enforces({ "STO-3", "DOSE-1" })
public class CertificateDoseGuard implements Guard {

    @Override
    public List<Finding> check(GuardContext ctx) {
        ProductShipment s = ProductShipment.ofCourse(ctx.courseId()).orElse(null);
        if (s == null) {
            return List.of(new Finding("STO-3", "No product receipt is recorded: receive the shipment against its "
                    + "release certificate first (POST /courses/" + ctx.courseId() + "/product/receipt)."));
        }
        if (!ProductLimits.doseInRange(s.totalCarTE6)) {
            return List.of(new Finding("DOSE-1", "The certificate lists " + s.totalCarTE6.toPlainString()
                    + " x 10^6 CAR+ T cells, outside 280-540 x 10^6."));
        }
        return List.of();
    }
}

package org.cartflow.infusion.rules;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.infusion.BagRecord;
import org.cartflow.infusion.InfusionText;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.product.ProductBag;

/** INF-12: every bag on the certificate is infused or documented as not infusable, and at least one was infused. */
@Singleton
@Enforces("INF-12")
public class EveryBagAccountedGuard implements Guard {

    @Override
    public List<Finding> check(GuardContext ctx) {
        var text = Texts.of(InfusionText.class);
        List<BagRecord> bags = BagRecord.ofCourse(ctx.courseId());
        List<Finding> out = new ArrayList<>();
        for (BagRecord r : bags) {
            if (!r.bag().state.accountedFor()) {
                out.add(new Finding("INF-12", text.bagNotAccountedFor(r.label(), r.bag().state)));
            }
        }
        if (bags.stream().noneMatch(r -> r.bag().state == ProductBag.State.INFUSED)) {
            out.add(new Finding("INF-12", text.noBagInfused()));
        }
        return out;
    }
}

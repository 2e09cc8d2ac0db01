package org.cartflow.infusion.rules;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.infusion.BagRecord;
import org.cartflow.journey.Enforces;
import org.cartflow.journey.Guard;
import org.cartflow.journey.GuardContext;
import org.cartflow.product.ProductBag;

/** INF-12: every bag on the certificate is infused or documented as not infusable, and at least one was infused. */
@Singleton
@Enforces("INF-12")
public class EveryBagAccountedGuard implements Guard {

    @Override
    public List<Finding> check(GuardContext ctx) {
        List<BagRecord> bags = BagRecord.ofCourse(ctx.courseId());
        List<Finding> out = new ArrayList<>();
        for (BagRecord r : bags) {
            if (!r.bag().state.accountedFor()) {
                out.add(new Finding("INF-12", r.label() + " is " + r.bag().state + ": infuse it with the same "
                        + "procedure, or have a physician document it as not infusable."));
            }
        }
        if (bags.stream().noneMatch(r -> r.bag().state == ProductBag.State.INFUSED)) {
            out.add(new Finding("INF-12", "No bag of this product has been infused."));
        }
        return out;
    }
}

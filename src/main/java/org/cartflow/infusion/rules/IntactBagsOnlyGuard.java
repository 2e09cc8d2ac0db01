package org.cartflow.infusion.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.infusion.BagRecord;
import org.cartflow.journey.Enforces;
import org.cartflow.journey.Guard;
import org.cartflow.journey.GuardContext;

/** INF-5: every infused bag was inspected and found intact. */
@Singleton
@Enforces("INF-5")
public class IntactBagsOnlyGuard implements Guard {

    @Override
    public List<Finding> check(GuardContext ctx) {
        return BagRecord.infused(ctx.courseId()).stream()
                .filter(r -> r.steps() == null || r.steps().inspectedAt == null || r.bag().neverInfusable)
                .map(r -> new Finding("INF-5", r.label() + " was not inspected and found intact before thaw."))
                .toList();
    }
}

package org.cartflow.infusion.rules;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.infusion.BagInfusion;
import org.cartflow.infusion.BagRecord;
import org.cartflow.infusion.BedsideTiming;
import org.cartflow.infusion.InfusionText;
import org.cartflow.infusion.Premedication;
import org.cartflow.journey.Enforces;
import org.cartflow.journey.Guard;
import org.cartflow.journey.GuardContext;

/**
 * INF-2: the first bag started 30-60 minutes after premedication; INF-11: each bag ended within 60 minutes of its
 * thaw start; RATE-1: no bag ran faster than 10 mL/min.
 */
@Singleton
@Enforces({ "INF-2", "INF-11", "RATE-1" })
public class InfusionTimingGuard implements Guard {

    @Override
    public List<Finding> check(GuardContext ctx) {
        var text = Texts.of(InfusionText.class);
        List<Finding> out = new ArrayList<>();
        List<BagRecord> infused = BagRecord.infused(ctx.courseId());
        Premedication premed = Premedication.latest(ctx.courseId()).orElse(null);
        if (!infused.isEmpty() && infused.get(0).steps() != null && infused.get(0).steps().infusionStartedAt != null) {
            if (premed == null || !premed.windowContains(infused.get(0).steps().infusionStartedAt)) {
                out.add(new Finding("INF-2", text.firstBagOutsideWindow()));
            }
        }
        for (BagRecord r : infused) {
            BagInfusion s = r.steps();
            if (s == null || s.infusionStartedAt == null || s.infusionEndedAt == null) {
                out.add(new Finding("INF-11", text.noInfusionStartAndEnd(r.label())));
                continue;
            }
            if (s.infusionEndedAt.isAfter(s.mustEndBy())) {
                out.add(new Finding("INF-11", text.endedPastSixtyMinutes(r.label())));
            }
            if (s.rateMlMin == null || s.rateMlMin.compareTo(BedsideTiming.MAX_RATE_ML_MIN) > 0) {
                out.add(new Finding("RATE-1", text.ranTooFast(r.label())));
            }
        }
        return out;
    }
}

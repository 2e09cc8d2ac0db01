package org.cartflow.infusion.rules;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.infusion.BagInfusion;
import org.cartflow.infusion.BagRecord;
import org.cartflow.infusion.InfusionText;
import org.cartflow.infusion.Premedication;
import org.cartflow.journey.Enforces;
import org.cartflow.journey.Guard;
import org.cartflow.journey.GuardContext;

/**
 * INF-1: each thaw started once the patient was ready (premedication given); INF-7: thawed at about 37 C by an
 * allowed method until complete; INF-6: no bag's thaw started before the previous bag's infusion ended.
 */
@Singleton
@Enforces({ "INF-1", "INF-6", "INF-7" })
public class ThawProcedureGuard implements Guard {

    @Override
    public List<Finding> check(GuardContext ctx) {
        var text = Texts.of(InfusionText.class);
        List<Finding> out = new ArrayList<>();
        Premedication premed = Premedication.latest(ctx.courseId()).orElse(null);
        BagInfusion previous = null;
        for (BagRecord r : BagRecord.infused(ctx.courseId())) {
            BagInfusion s = r.steps();
            if (s == null || s.thawStartedAt == null || s.thawCompletedAt == null || s.thawMethod == null) {
                out.add(new Finding("INF-7", text.noCompleteThawRecord(r.label())));
                continue;
            }
            if (premed == null || s.thawStartedAt.isBefore(premed.givenAt)) {
                out.add(new Finding("INF-1", text.thawedBeforePremedication(r.label())));
            }
            if (previous != null && (previous.infusionEndedAt == null
                    || s.thawStartedAt.isBefore(previous.infusionEndedAt))) {
                out.add(new Finding("INF-6", text.thawedBeforePreviousBagEnded(r.label())));
            }
            previous = s;
        }
        return out;
    }
}

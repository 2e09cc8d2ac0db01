package org.cartflow.infusion.rules;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.infusion.BagInfusion;
import org.cartflow.infusion.BagRecord;
import org.cartflow.infusion.BedsideLimits;
import org.cartflow.infusion.InfusionText;
import org.cartflow.infusion.Premedication;
import org.cartflow.infusion.PremedicationGrace;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.rules.LabelProfiles;

/**
 * INF-2: the first bag to be infused started 30-60 minutes after the premedication given before it, or within the
 * site's grace beyond that with the nurse's reason; INF-11: each
 * bag ended within 60 minutes of its thaw start; RATE-1: no bag ran faster than 10 mL/min.
 */
@Singleton
@Enforces({ "INF-2", "INF-11", "RATE-1" })
public class InfusionTimingGuard implements Guard {

    private final PremedicationGrace grace;
    private final LabelProfiles profiles;

    public InfusionTimingGuard(PremedicationGrace grace, LabelProfiles profiles) {
        this.grace = grace;
        this.profiles = profiles;
    }

    @Override
    public List<Finding> check(GuardContext ctx) {
        var text = Texts.of(InfusionText.class);
        List<Finding> out = new ArrayList<>();
        BedsideLimits limits = BedsideLimits.of(profiles.get(ctx.course().labelProfile));
        List<BagRecord> infused = BagRecord.infused(ctx.courseId());
        // the first bag is the one whose infusion started first, judged by the premedication given before it
        infused.stream().map(BagRecord::steps).filter(s -> s != null && s.infusionStartedAt != null)
                .min(Comparator.comparing(s -> s.infusionStartedAt)).ifPresent(first -> {
                    Premedication premed = Premedication.before(ctx.courseId(), first.infusionStartedAt).orElse(null);
                    if (premed == null || !premed.acceptsFirstStart(first.infusionStartedAt, grace.grace(),
                            first.premedicationWindowReason != null, limits)) {
                        out.add(new Finding("INF-2", text.firstBagOutsideWindow()));
                    }
                });
        for (BagRecord r : infused) {
            BagInfusion s = r.steps();
            if (s == null || s.infusionStartedAt == null || s.infusionEndedAt == null) {
                out.add(new Finding("INF-11", text.noInfusionStartAndEnd(r.label())));
                continue;
            }
            if (s.infusionEndedAt.isAfter(limits.mustEndBy(s))) {
                out.add(new Finding("INF-11", text.endedPastSixtyMinutes(r.label())));
            }
            if (s.rateMlMin == null || s.rateMlMin.compareTo(limits.maxRateMlMin()) > 0) {
                out.add(new Finding("RATE-1", text.ranTooFast(r.label())));
            }
        }
        return out;
    }
}

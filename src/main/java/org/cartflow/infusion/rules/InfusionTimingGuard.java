package org.cartflow.infusion.rules;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cartflow.common.Texts;
import org.cartflow.infusion.BagInfusion;
import org.cartflow.infusion.BagRecord;
import org.cartflow.infusion.BedsideLimits;
import org.cartflow.infusion.InfusionFactsLoader;
import org.cartflow.infusion.InfusionText;
import org.cartflow.infusion.Premedication;
import org.cartflow.infusion.PremedicationGrace;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.FactsGuard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.rules.LabelProfiles;

/**
 * INF-2: the first bag to be infused started 30-60 minutes after the premedication given before it, or within the
 * site's grace beyond that with the nurse's reason; INF-11: each bag ended within 60 minutes of its thaw start;
 * RATE-1: no bag ran faster than 10 mL/min (the numbers are the course's label profile's). Judged after the fact on
 * record-infusion: a finding is a deviation for review, never a refusal.
 */
@Singleton
@Enforces({ "INF-2", "INF-11", "RATE-1" })
public class InfusionTimingGuard extends FactsGuard<InfusionTimingGuard.Facts> {

    @Inject
    PremedicationGrace grace;

    @Inject
    LabelProfiles profiles;

    @Inject
    InfusionFactsLoader loader;

    /**
     * What the guard judges: the infused bags with their bedside records, the premedication given before the first
     * bag's start (null when none), the site's grace and the course profile's limits.
     */
    public record Facts(List<BagRecord> infused, Premedication premedicationBeforeFirst, Duration grace,
            BedsideLimits limits) {
    }

    @Override
    protected Facts facts(GuardContext ctx) {
        List<BagRecord> infused = loader.bags(ctx).infused();
        Premedication premed = firstStart(infused).map(first -> before(loader.premedications(ctx),
                first.infusionStartedAt)).orElse(null);
        return new Facts(infused, premed, grace.grace(), BedsideLimits.of(profiles.get(ctx.course().labelProfile)));
    }

    /** The premedication that preceded {@code at}: the latest given at or before it (a later one does not count). */
    static Premedication before(List<Premedication> oldestFirst, Instant at) {
        Premedication out = null;
        for (Premedication p : oldestFirst) {
            if (!p.givenAt.isAfter(at)) {
                out = p;
            }
        }
        return out;
    }

    /** The first bag is the one whose infusion started first, whatever its position on the certificate. */
    static Optional<BagInfusion> firstStart(List<BagRecord> infused) {
        return infused.stream().map(BagRecord::steps).filter(s -> s != null && s.infusionStartedAt != null)
                .min(Comparator.comparing(s -> s.infusionStartedAt));
    }

    @Override
    public List<Finding> check(Facts f) {
        var text = Texts.of(InfusionText.class);
        List<Finding> out = new ArrayList<>();
        firstStart(f.infused()).ifPresent(first -> {
            Premedication premed = f.premedicationBeforeFirst();
            if (premed == null || !premed.acceptsFirstStart(first.infusionStartedAt, f.grace(),
                    first.premedicationWindowReason != null, f.limits())) {
                out.add(new Finding("INF-2", text.firstBagOutsideWindow()));
            }
        });
        for (BagRecord r : f.infused()) {
            BagInfusion s = r.steps();
            if (s == null || s.infusionStartedAt == null || s.infusionEndedAt == null) {
                out.add(new Finding("INF-11", text.noInfusionStartAndEnd(r.label())));
                continue;
            }
            if (s.infusionEndedAt.isAfter(f.limits().mustEndBy(s))) {
                out.add(new Finding("INF-11", text.endedPastSixtyMinutes(r.label())));
            }
            if (s.rateMlMin == null || s.rateMlMin.compareTo(f.limits().maxRateMlMin()) > 0) {
                out.add(new Finding("RATE-1", text.ranTooFast(r.label())));
            }
        }
        return out;
    }
}

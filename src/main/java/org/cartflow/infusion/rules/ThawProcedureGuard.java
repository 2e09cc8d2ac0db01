package org.cartflow.infusion.rules;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.infusion.BagInfusion;
import org.cartflow.infusion.BagRecord;
import org.cartflow.infusion.InfusionFactsLoader;
import org.cartflow.infusion.InfusionText;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.FactsGuard;
import org.cartflow.kernel.GuardContext;

/**
 * INF-1: each thaw started once the patient was ready (premedication given before that thaw); INF-7: thawed at about
 * 37 C by an allowed method until complete; INF-6: no bag's thaw started while the bag thawed before it was still
 * being infused. Bags are judged in the order they were actually thawed, whatever their certificate positions,
 * and each by the premedication that preceded it (a premedication repeated later does not make an earlier thaw
 * early).
 */
@Singleton
@Enforces({ "INF-1", "INF-6", "INF-7" })
public class ThawProcedureGuard extends FactsGuard<ThawProcedureGuard.Facts> {

    /**
     * What the guard judges: the infused bags with their bedside records, and when each premedication of the course
     * was given.
     */
    public record Facts(List<BagRecord> infused, List<Instant> premedicationsGivenAt) {
    }

    @Inject
    InfusionFactsLoader loader;

    @Override
    protected Facts facts(GuardContext ctx) {
        return new Facts(loader.bags(ctx).infused(), loader.premedications(ctx).stream().map(p -> p.givenAt).toList());
    }

    @Override
    public List<Finding> check(Facts f) {
        var text = Texts.of(InfusionText.class);
        List<Finding> out = new ArrayList<>();
        List<BagRecord> thawed = new ArrayList<>();
        for (BagRecord r : f.infused()) {
            BagInfusion s = r.steps();
            if (s == null || s.thawStartedAt == null || s.thawCompletedAt == null || s.thawMethod == null) {
                out.add(new Finding("INF-7", text.noCompleteThawRecord(r.label())));
            } else {
                thawed.add(r);
            }
        }
        thawed.sort(Comparator.comparing(r -> r.steps().thawStartedAt));
        BagInfusion previous = null;
        for (BagRecord r : thawed) {
            BagInfusion s = r.steps();
            if (f.premedicationsGivenAt().stream().noneMatch(at -> !at.isAfter(s.thawStartedAt))) {
                out.add(new Finding("INF-1", text.thawedBeforePremedication(r.label())));
            }
            if (previous != null && (previous.infusionEndedAt == null
                    || s.thawStartedAt.isBefore(previous.infusionEndedAt))) {
                out.add(new Finding("INF-6", text.thawedBeforePreviousBagEnded(r.label())));
            }
            previous = s;
        }
        // allowed one at a time in any order, but a departure from the certificate's order is worth a review
        for (int i = 1; i < thawed.size(); i++) {
            BagRecord earlier = thawed.get(i - 1);
            if (earlier.bag().position > thawed.get(i).bag().position) {
                out.add(new Finding("INF-6", text.infusedOutOfCertificateOrder(earlier.label(), thawed.get(i).label())));
            }
        }
        return out;
    }
}

package org.cartflow.infusion.rules;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.common.HospitalTime;
import org.cartflow.infusion.BagRecord;
import org.cartflow.infusion.BedsideTiming;
import org.cartflow.common.Texts;
import org.cartflow.infusion.InfusionText;
import org.cartflow.kernel.CommandGuard;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard.Finding;

/** INF-6 at thaw start: no other bag of the course is thawing or infusing, and the bag before has ended. */
@Singleton
@Enforces("INF-6")
public class OneBagAtATimeGuard implements CommandGuard<OneBagAtATimeGuard.Facts> {

    /** {@code otherBags}: the course's bags other than the one being thawed, with their bedside records. */
    public record Facts(List<BagRecord> otherBags, Instant now, ZoneId zone) {
    }

    @Override
    public List<Finding> check(Facts f) {
        var text = Texts.of(InfusionText.class);
        List<Finding> out = new ArrayList<>();
        f.otherBags().stream().filter(b -> b.bag().state.inUse())
                .forEach(b -> out.add(new Finding("INF-6", text.otherBagInUse(b.label(), b.bag().state))));
        f.otherBags().stream().filter(b -> b.steps() != null && b.steps().infusionEndedAt != null
                && f.now().isBefore(b.steps().infusionEndedAt.minus(BedsideTiming.ORDER_TOLERANCE)))
                .forEach(b -> out.add(new Finding("INF-6", text.thawBeforeOtherBagEnded(b.label(),
                        HospitalTime.of(b.steps().infusionEndedAt, f.zone())))));
        return out;
    }
}

package org.cartflow.infusion;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.cartflow.kernel.DayZero;
import org.cartflow.product.ProductBag;

/** INF-12: the course is infused when its last bag's infusion ended; that moment is day 0. */
@ApplicationScoped
public class LastBagEnd implements DayZero {

    @Override
    public Optional<Instant> infusedAt(long courseId) {
        return BagRecord.infused(courseId).stream()
                .filter(r -> r.bag().state == ProductBag.State.INFUSED && r.steps() != null
                        && r.steps().infusionEndedAt != null)
                .map(r -> r.steps().infusionEndedAt)
                .max(Comparator.naturalOrder());
    }
}

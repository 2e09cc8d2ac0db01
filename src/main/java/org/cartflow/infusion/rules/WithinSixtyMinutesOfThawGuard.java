package org.cartflow.infusion.rules;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.cartflow.common.HospitalTime;
import org.cartflow.infusion.BagInfusion;
import org.cartflow.infusion.BagRecord;
import org.cartflow.infusion.BedsideLimits;
import org.cartflow.product.ProductBag;
import org.cartflow.common.Texts;
import org.cartflow.infusion.InfusionText;
import org.cartflow.kernel.CommandGuard;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard.Finding;

/** INF-11: nothing more is done to a bag 60 minutes after its thaw started; a physician documents it instead. */
@Singleton
@Enforces("INF-11")
public class WithinSixtyMinutesOfThawGuard implements CommandGuard<WithinSixtyMinutesOfThawGuard.Facts> {

    /** {@code steps} is null before the bag's first step. */
    public record Facts(ProductBag bag, BagInfusion steps, BedsideLimits limits, Instant now, ZoneId zone) {
    }

    @Override
    public List<Finding> check(Facts f) {
        Instant limit = f.limits().mustEndBy(f.steps());
        if (limit == null || !f.now().isAfter(limit)) {
            return List.of();
        }
        return List.of(new Finding("INF-11", Texts.of(InfusionText.class).pastSixtyMinutes(BagRecord.label(f.bag()),
                HospitalTime.of(f.steps().thawStartedAt, f.zone()), HospitalTime.of(limit, f.zone()), f.bag().id)));
    }
}

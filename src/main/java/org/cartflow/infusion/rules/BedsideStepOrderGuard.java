package org.cartflow.infusion.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.infusion.BagInfusion;
import org.cartflow.infusion.BagRecord;
import org.cartflow.infusion.BedsideStep;
import org.cartflow.product.ProductBag;
import org.cartflow.common.Texts;
import org.cartflow.infusion.InfusionText;
import org.cartflow.kernel.CommandGuard;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard.Finding;

/** The label's bedside procedure in its order (INF-4 .. INF-13): a step only once the one before it is recorded; a
 * discarded bag goes on to disposal only. The refusal names the rule of the step that is due. */
@Singleton
@Enforces({ "INF-4", "INF-5", "INF-1", "INF-7", "INF-8", "INF-9", "RATE-1", "INF-11", "INF-10", "INF-13" })
public class BedsideStepOrderGuard implements CommandGuard<BedsideStepOrderGuard.Facts> {

    /** {@code steps} is null before the bag's first step. */
    public record Facts(BedsideStep step, ProductBag bag, BagInfusion steps) {

        public BedsideStep due() {
            return bag.state == ProductBag.State.DISCARDED ? BedsideStep.DISPOSAL : BedsideStep.next(steps).orElse(null);
        }
    }

    @Override
    public List<Finding> check(Facts f) {
        BedsideStep due = f.due();
        if (due == f.step()) {
            return List.of();
        }
        return List.of(new Finding(due.ruleId(), Texts.of(InfusionText.class).stepOutOfOrder(f.step().slug(),
                due.slug(), BagRecord.label(f.bag()))));
    }
}

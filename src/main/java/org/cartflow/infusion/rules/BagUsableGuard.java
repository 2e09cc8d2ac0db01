package org.cartflow.infusion.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.infusion.BagRecord;
import org.cartflow.infusion.BedsideStep;
import org.cartflow.product.ProductBag;
import org.cartflow.product.ProductBag.State;
import org.cartflow.common.Texts;
import org.cartflow.infusion.InfusionText;
import org.cartflow.kernel.CommandGuard;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard.Finding;

/** Before any bedside step on a bag: an infused bag is never used again (NOREUSE-1); a quarantined or discarded bag
 * only goes on to disposal, under the rule that took it out of use (STO-1, INF-5, INF-7, INF-8, INF-11, INF-12); and
 * disposal waits until the bag is accounted for (INF-13). */
@Singleton
@Enforces({ "INF-13", "NOREUSE-1", "STO-1", "INF-5", "INF-7", "INF-8", "INF-11", "INF-12" })
public class BagUsableGuard implements CommandGuard<BagUsableGuard.Facts> {

    public record Facts(BedsideStep step, ProductBag bag) {
    }

    @Override
    public List<Finding> check(Facts f) {
        var text = Texts.of(InfusionText.class);
        ProductBag bag = f.bag();
        String label = BagRecord.label(bag);
        if (f.step() == BedsideStep.DISPOSAL) {
            return bag.state.accountedFor() ? List.of()
                    : List.of(new Finding("INF-13", text.disposeOnlyWhenAccountedFor(label, bag.state)));
        }
        if (bag.state == State.INFUSED) {
            return List.of(new Finding("NOREUSE-1", text.bagAlreadyInfused(label)));
        }
        if (bag.state == State.QUARANTINED || bag.state == State.DISCARDED) {
            return List.of(new Finding(bag.notInfusableRule != null ? bag.notInfusableRule : "STO-1",
                    bag.quarantineReason == null ? text.bagNotToBeInfused(label, bag.state)
                            : text.bagNotToBeInfusedBecause(label, bag.state, bag.quarantineReason)));
        }
        return List.of();
    }
}

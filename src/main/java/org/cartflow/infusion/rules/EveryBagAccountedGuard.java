package org.cartflow.infusion.rules;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.infusion.BagRecord;
import org.cartflow.infusion.InfusionFactsLoader;
import org.cartflow.infusion.InfusionText;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.FactsGuard;
import org.cartflow.kernel.GuardContext;

/** INF-12: every bag on the certificate is infused or documented as not infusable, and at least one was infused. */
@Singleton
@Enforces("INF-12")
public class EveryBagAccountedGuard extends FactsGuard<EveryBagAccountedGuard.Facts> {

    /** @param bags the course's bags with their bedside steps */
    public record Facts(List<BagRecord> bags) {
    }

    @Inject
    InfusionFactsLoader loader;

    @Override
    protected Facts facts(GuardContext ctx) {
        return new Facts(loader.bags(ctx).all());
    }

    @Override
    public List<Finding> check(Facts f) {
        var text = Texts.of(InfusionText.class);
        List<Finding> out = new ArrayList<>();
        for (BagRecord r : f.bags()) {
            if (!r.bag().state.accountedFor()) {
                out.add(new Finding("INF-12", text.bagNotAccountedFor(r.label(), r.bag().state)));
            }
        }
        if (infused(f).isEmpty()) {
            out.add(new Finding("INF-12", text.noBagInfused()));
        }
        return out;
    }

    private static List<BagRecord> infused(Facts f) {
        return new InfusionFactsLoader.Bags(f.bags()).infused();
    }
}

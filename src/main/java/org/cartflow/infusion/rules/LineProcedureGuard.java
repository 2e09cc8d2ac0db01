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

/** INF-8, INF-10: every infused bag ran through a saline-primed line without a leukocyte filter and was back-primed. */
@Singleton
@Enforces({ "INF-8", "INF-10" })
public class LineProcedureGuard extends FactsGuard<LineProcedureGuard.Facts> {

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
        for (BagRecord r : infused(f)) {
            if (r.steps() == null || r.steps().lineSetUpAt == null) {
                out.add(new Finding("INF-8", text.noLineSetup(r.label())));
            }
            if (r.steps() == null || r.steps().backPrimedAt == null) {
                out.add(new Finding("INF-10", text.notBackPrimed(r.label())));
            }
        }
        return out;
    }

    private static List<BagRecord> infused(Facts f) {
        return new InfusionFactsLoader.Bags(f.bags()).infused();
    }
}

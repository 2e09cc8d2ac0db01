package org.cartflow.infusion.rules;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.infusion.BagRecord;
import org.cartflow.infusion.InfusionFactsLoader;
import org.cartflow.infusion.InfusionText;
import org.cartflow.kernel.Enforces;

/** INF-8, INF-10: every infused bag ran through a saline-primed line without a leukocyte filter and was back-primed. */
@Singleton
@Enforces({ "INF-8", "INF-10" })
public class LineProcedureGuard extends BagsGuard {

    @Override
    public List<Finding> check(InfusionFactsLoader.Bags f) {
        var text = Texts.of(InfusionText.class);
        List<Finding> out = new ArrayList<>();
        for (BagRecord r : f.infused()) {
            if (r.steps() == null || r.steps().lineSetUpAt == null) {
                out.add(new Finding("INF-8", text.noLineSetup(r.label())));
            }
            if (r.steps() == null || r.steps().backPrimedAt == null) {
                out.add(new Finding("INF-10", text.notBackPrimed(r.label())));
            }
        }
        return out;
    }
}

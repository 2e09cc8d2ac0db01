package org.cartflow.infusion.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.infusion.InfusionFactsLoader;
import org.cartflow.infusion.InfusionText;
import org.cartflow.kernel.Enforces;

/** INF-5: every infused bag was inspected and found intact. */
@Singleton
@Enforces("INF-5")
public class IntactBagsOnlyGuard extends BagsGuard {

    @Override
    public List<Finding> check(InfusionFactsLoader.Bags f) {
        var text = Texts.of(InfusionText.class);
        return f.infused().stream()
                .filter(r -> r.steps() == null || r.steps().inspectedAt == null || r.bag().neverInfusable)
                .map(r -> new Finding("INF-5", text.notInspectedIntact(r.label())))
                .toList();
    }
}

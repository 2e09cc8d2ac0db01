package org.cartflow.infusion.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.infusion.InfusionText;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.monitoring.TocilizumabStock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** INF-3: tocilizumab is on hand for this patient; how many doses is local policy (the Japanese label: 1). */
@Singleton
@Enforces("INF-3")
public class TocilizumabOnHandGuard implements Guard {

    @ConfigProperty(name = "cartflow.infusion.tocilizumab-min-doses", defaultValue = "1")
    int minDoses;

    @Override
    public List<Finding> check(GuardContext ctx) {
        int onHand = TocilizumabStock.of(ctx.courseId()).map(s -> s.dosesOnHand).orElse(0);
        if (onHand >= minDoses) {
            return List.of();
        }
        return List.of(new Finding("INF-3",
                Texts.of(InfusionText.class).tocilizumabShort(onHand, minDoses, ctx.courseId())));
    }

    public int minDoses() {
        return minDoses;
    }
}

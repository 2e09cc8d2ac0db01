package org.cartflow.infusion.rules;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.infusion.InfusionFactsLoader;
import org.cartflow.infusion.InfusionText;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.FactsGuard;
import org.cartflow.kernel.GuardContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** INF-3: tocilizumab is on hand for this patient; how many doses is local policy (the Japanese label: 1). */
@Singleton
@Enforces("INF-3")
public class TocilizumabOnHandGuard extends FactsGuard<TocilizumabOnHandGuard.Facts> {

    /** @param minDoses the site's policy ({@code cartflow.infusion.tocilizumab-min-doses}) */
    public record Facts(long courseId, int dosesOnHand, int minDoses) {
    }

    @ConfigProperty(name = "cartflow.infusion.tocilizumab-min-doses", defaultValue = "1")
    int minDoses;

    @Inject
    InfusionFactsLoader loader;

    @Override
    protected Facts facts(GuardContext ctx) {
        return new Facts(ctx.courseId(), loader.tocilizumabDosesOnHand(ctx), minDoses);
    }

    @Override
    public List<Finding> check(Facts f) {
        if (f.dosesOnHand() >= f.minDoses()) {
            return List.of();
        }
        return List.of(new Finding("INF-3",
                Texts.of(InfusionText.class).tocilizumabShort(f.dosesOnHand(), f.minDoses(), f.courseId())));
    }

    public int minDoses() {
        return minDoses;
    }
}

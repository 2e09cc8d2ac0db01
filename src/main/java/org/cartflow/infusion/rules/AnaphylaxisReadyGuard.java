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

/** INF-2: emergency measures for anaphylaxis are confirmed ready in the latest infusion-day check. */
@Singleton
@Enforces("INF-2")
public class AnaphylaxisReadyGuard extends FactsGuard<AnaphylaxisReadyGuard.Facts> {

    /** @param emergencyMeasuresReady as the latest infusion-day check says (false when there is none) */
    public record Facts(boolean emergencyMeasuresReady) {
    }

    @Inject
    InfusionFactsLoader loader;

    @Override
    protected Facts facts(GuardContext ctx) {
        return new Facts(loader.latestReadiness(ctx).map(r -> r.emergencyMeasuresReady).orElse(false));
    }

    @Override
    public List<Finding> check(Facts f) {
        return f.emergencyMeasuresReady() ? List.of()
                : List.of(new Finding("INF-2", Texts.of(InfusionText.class).anaphylaxisNotReady()));
    }
}

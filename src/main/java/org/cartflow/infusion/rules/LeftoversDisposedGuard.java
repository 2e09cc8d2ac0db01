package org.cartflow.infusion.rules;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.infusion.BagRecord;
import org.cartflow.infusion.InfusionFactsLoader;
import org.cartflow.infusion.InfusionText;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.FactsGuard;
import org.cartflow.kernel.GuardContext;

/** INF-13: every used or discarded bag and its leftovers were disposed of as infectious waste. */
@Singleton
@Enforces("INF-13")
public class LeftoversDisposedGuard extends FactsGuard<LeftoversDisposedGuard.Facts> {

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
        return f.bags().stream()
                .filter(r -> r.bag().state.accountedFor())
                .filter(r -> r.steps() == null || r.steps().disposedAt == null)
                .map(r -> new Finding("INF-13", text.notDisposed(r.label())))
                .toList();
    }

    private static List<BagRecord> infused(Facts f) {
        return new InfusionFactsLoader.Bags(f.bags()).infused();
    }
}

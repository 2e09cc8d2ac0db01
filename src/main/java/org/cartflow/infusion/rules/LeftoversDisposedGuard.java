package org.cartflow.infusion.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.infusion.InfusionFactsLoader;
import org.cartflow.infusion.InfusionText;
import org.cartflow.kernel.Enforces;

/** INF-13: every used or discarded bag and its leftovers were disposed of as infectious waste. */
@Singleton
@Enforces("INF-13")
public class LeftoversDisposedGuard extends BagsGuard {

    @Override
    public List<Finding> check(InfusionFactsLoader.Bags f) {
        var text = Texts.of(InfusionText.class);
        return f.all().stream()
                .filter(r -> r.bag().state.accountedFor())
                .filter(r -> r.steps() == null || r.steps().disposedAt == null)
                .map(r -> new Finding("INF-13", text.notDisposed(r.label())))
                .toList();
    }
}

package org.cartflow.apheresis.rules;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.apheresis.ApheresisCollection;
import org.cartflow.apheresis.ApheresisFactsLoader;
import org.cartflow.apheresis.ApheresisText;
import org.cartflow.apheresis.ChainOfIdentity;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.FactsGuard;
import org.cartflow.kernel.GuardContext;

/** AUTOLOGOUS-1: manufacturing starts only from a collection that carries the course's chain of identity. */
@Singleton
@Enforces("AUTOLOGOUS-1")
public class CollectionChainOfIdentityGuard extends FactsGuard<CollectionChainOfIdentityGuard.Facts> {

    /** @param latest the latest collection, null when none; identity: the course's chain, null when none */
    public record Facts(long courseId, ApheresisCollection latest, ChainOfIdentity.Identity identity) {
    }

    @Inject
    ApheresisFactsLoader loader;

    @Override
    protected Facts facts(GuardContext ctx) {
        var collections = loader.collections(ctx);
        return new Facts(ctx.courseId(), collections.latest(), ChainOfIdentity.of(collections.all()).orElse(null));
    }

    @Override
    public List<Finding> check(Facts f) {
        var c = f.latest();
        if (c == null) {
            return List.of(new Finding("AUTOLOGOUS-1",
                    Texts.of(ApheresisText.class).recordCollectionWithIdentityFirst()));
        }
        return ChainOfIdentity.mismatches(f.identity(), f.courseId(), c.coiId, c.din).stream()
                .map(m -> new Finding("AUTOLOGOUS-1", m)).toList();
    }
}

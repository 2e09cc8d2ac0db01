package org.cartflow.apheresis.rules;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.apheresis.ApheresisCollection;
import org.cartflow.apheresis.ApheresisText;
import org.cartflow.apheresis.ChainOfIdentity;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard;
import org.cartflow.kernel.GuardContext;

/** AUTOLOGOUS-1: manufacturing starts only from a collection that carries the course's chain of identity. */
@Singleton
@Enforces("AUTOLOGOUS-1")
public class CollectionChainOfIdentityGuard implements Guard {

    @Inject
    ChainOfIdentity chain;

    @Override
    public List<Finding> check(GuardContext ctx) {
        var c = ApheresisCollection.latest(ctx.courseId()).orElse(null);
        if (c == null) {
            return List.of(new Finding("AUTOLOGOUS-1",
                    Texts.of(ApheresisText.class).recordCollectionWithIdentityFirst()));
        }
        return chain.mismatches(ctx.courseId(), c.coiId, c.din).stream()
                .map(m -> new Finding("AUTOLOGOUS-1", m)).toList();
    }
}

package org.cartflow.apheresis.rules;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.apheresis.ApheresisCollection;
import org.cartflow.apheresis.ApheresisFactsLoader;
import org.cartflow.apheresis.ApheresisText;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.FactsGuard;
import org.cartflow.kernel.GuardContext;

/**
 * APH-2: the latest collection is of non-mobilized cells. The label states it as what leukapheresis collects
 * (非動員末梢血単核球を採取する), so there is no override: a mobilized collection is recorded and a new one is needed.
 */
@Singleton
@Enforces("APH-2")
public class NonMobilizedCollectionGuard extends FactsGuard<NonMobilizedCollectionGuard.Facts> {

    /** @param latest the latest collection, null when none */
    public record Facts(ApheresisCollection latest) {
    }

    @Inject
    ApheresisFactsLoader loader;

    @Override
    protected Facts facts(GuardContext ctx) {
        return new Facts(loader.collections(ctx).latest());
    }

    @Override
    public List<Finding> check(Facts f) {
        var text = Texts.of(ApheresisText.class);
        var c = f.latest();
        if (c == null) {
            return List.of(new Finding("APH-2", text.noLeukapheresis()));
        }
        if (c.mobilized()) {
            return List.of(new Finding("APH-2", text.mobilizedCollection(c.din,
                    c.gcsfBefore ? text.agentGcsf() : text.agentPlerixafor())));
        }
        return List.of();
    }
}

package org.cartflow.infusion.rules;

import jakarta.inject.Inject;
import org.cartflow.infusion.InfusionFactsLoader;
import org.cartflow.kernel.FactsGuard;
import org.cartflow.kernel.GuardContext;

/** A record-infusion guard over the course's bags with their bedside steps, loaded once per step for all of them. */
abstract class BagsGuard extends FactsGuard<InfusionFactsLoader.Bags> {

    @Inject
    InfusionFactsLoader loader;

    @Override
    protected InfusionFactsLoader.Bags facts(GuardContext ctx) {
        return loader.bags(ctx);
    }
}

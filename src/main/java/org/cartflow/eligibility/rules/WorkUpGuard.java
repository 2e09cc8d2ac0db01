package org.cartflow.eligibility.rules;

import jakarta.inject.Inject;
import org.cartflow.eligibility.EligibilityFacts;
import org.cartflow.eligibility.EligibilityFactsLoader;
import org.cartflow.kernel.FactsGuard;
import org.cartflow.kernel.GuardContext;

/** An eligibility guard over the course's work-up, loaded once per step for all of them. */
abstract class WorkUpGuard extends FactsGuard<EligibilityFacts> {

    @Inject
    EligibilityFactsLoader loader;

    @Override
    protected EligibilityFacts facts(GuardContext ctx) {
        return loader.workUp(ctx);
    }
}

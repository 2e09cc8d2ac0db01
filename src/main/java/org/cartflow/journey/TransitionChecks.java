package org.cartflow.journey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.cartflow.kernel.GuardContext;
import org.cartflow.kernel.GuardEvaluator;
import org.cartflow.kernel.StepChecks;

/** {@link StepChecks} over the transition table. */
@ApplicationScoped
public class TransitionChecks implements StepChecks {

    @Inject
    GuardEvaluator guards;

    @Inject
    ProfilePinning pinning;

    @Override
    public List<Check> of(String slug, GuardContext ctx) {
        Transition t = Transition.bySlug(slug).orElseThrow(() -> new IllegalArgumentException("no step " + slug));
        GuardContext judged = pinning.preview(t, ctx);
        return t.guards().stream().map(guards::get).map(g -> {
            var refusals = guards.evaluate(g, judged);
            return new Check(t.slug(), g.name(), g.ruleIds(), refusals.isEmpty(), refusals);
        }).toList();
    }
}

package org.cartflow.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.common.Problem;
import org.cartflow.rules.Rule;
import org.cartflow.rules.RuleCatalog;

/** Runs a transition's guards and turns their findings into refusals that carry the rule's kind. */
@ApplicationScoped
public class GuardEvaluator {

    @Inject
    @Any
    Instance<Guard> guards;

    @Inject
    RuleCatalog catalog;

    /** Runs the guards of the given types, in order, and returns their findings as refusals. */
    public List<Problem.Refusal> evaluate(List<Class<? extends Guard>> types, GuardContext ctx) {
        List<Problem.Refusal> out = new ArrayList<>();
        for (Class<? extends Guard> type : types) {
            out.addAll(evaluate(guards.select(type).get(), ctx));
        }
        return out;
    }

    public List<Problem.Refusal> evaluate(Guard guard, GuardContext ctx) {
        return guard.check(ctx).stream().map(f -> refusal(guard, f)).toList();
    }

    public Guard get(Class<? extends Guard> type) {
        return guards.select(type).get();
    }

    public List<Guard> all() {
        return guards.stream().toList();
    }

    private Problem.Refusal refusal(Guard guard, Guard.Finding f) {
        if (!guard.ruleIds().contains(f.ruleId())) {
            throw new IllegalStateException(guard.name() + " reported " + f.ruleId() + " which it does not declare");
        }
        Rule rule = catalog.get(f.ruleId());
        return new Problem.Refusal(rule.id(), rule.kind().name().toLowerCase(java.util.Locale.ROOT), guard.name(),
                f.message(), rule.kind().overridable());
    }
}

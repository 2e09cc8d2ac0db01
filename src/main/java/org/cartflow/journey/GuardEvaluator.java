package org.cartflow.journey;

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

    /** The findings that refuse the step (every guard but the step's after-the-fact ones). */
    public List<Problem.Refusal> evaluate(Transition t, GuardContext ctx) {
        return evaluateAll(t.guards().stream().filter(g -> !t.afterTheFactGuards().contains(g)).toList(), ctx);
    }

    /** The step's after-the-fact findings: recorded as deviations for review, never a refusal. */
    public List<Problem.Refusal> deviations(Transition t, GuardContext ctx) {
        return evaluateAll(t.afterTheFactGuards(), ctx);
    }

    private List<Problem.Refusal> evaluateAll(List<Class<? extends Guard>> types, GuardContext ctx) {
        List<Problem.Refusal> out = new ArrayList<>();
        for (Class<? extends Guard> type : types) {
            out.addAll(evaluate(guards.select(type).get(), ctx));
        }
        return out;
    }

    public List<Problem.Refusal> evaluate(Guard guard, GuardContext ctx) {
        return guard.check(ctx).stream().map(f -> refusal(guard, f)).toList();
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

package org.cartflow.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cartflow.common.Problem;
import org.cartflow.rules.Rule;
import org.cartflow.rules.RuleCatalog;

/** Runs a transition's or a command's guards and turns their findings into refusals that carry the rule's kind. */
@ApplicationScoped
public class GuardEvaluator {

    @Inject
    @Any
    Instance<Guard> guards;

    @Inject
    @Any
    Instance<DeclaredGuard> declared;

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

    /** Every declared guard: the transitions' and the stage commands'. */
    public List<DeclaredGuard> all() {
        return declared.stream().toList();
    }

    /** Runs one of a command's declared guards over the facts the command loaded. */
    private <F> List<Problem.Refusal> check(Command command, CommandGuard<F> guard, F facts) {
        if (command.guards().stream().noneMatch(type -> type.isInstance(guard))) {
            throw new IllegalStateException(command.slug() + " runs " + guard.name() + " which it does not declare");
        }
        return guard.check(facts).stream().map(f -> refusal(guard, f)).toList();
    }

    /** Runs the command's guard of this type (the bean) over the facts. */
    public <F, G extends CommandGuard<F>> List<Problem.Refusal> check(Command command, Class<G> type, F facts) {
        return check(command, declared.select(type).get(), facts);
    }

    /** Runs the guard and refuses the command (422, nothing recorded) when it finds anything. */
    public <F, G extends CommandGuard<F>> void require(Command command, Class<G> type, F facts) {
        Refusals.throwIfAny(check(command, type, facts));
    }

    private Problem.Refusal refusal(DeclaredGuard guard, Guard.Finding f) {
        if (!guard.ruleIds().contains(f.ruleId())) {
            throw new IllegalStateException(guard.name() + " reported " + f.ruleId() + " which it does not declare");
        }
        Rule rule = catalog.get(f.ruleId());
        return new Problem.Refusal(rule.id(), rule.kind().name().toLowerCase(Locale.ROOT), guard.name(),
                f.message(), rule.kind().overridable());
    }
}

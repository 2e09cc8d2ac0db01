package org.cartflow.kernel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** The rule IDs a command or facts guard finds over facts; checks it reports only declared rules, each with a message. */
public final class GuardAssert {

    private GuardAssert() {
    }

    public static <F> List<String> ids(CommandGuard<F> guard, F facts) {
        return declared(guard, guard.check(facts));
    }

    public static <F> List<String> ids(FactsGuard<F> guard, F facts) {
        return declared(guard, guard.check(facts));
    }

    private static List<String> declared(DeclaredGuard guard, List<Guard.Finding> found) {
        for (Guard.Finding f : found) {
            assertTrue(guard.ruleIds().contains(f.ruleId()), guard.name() + " reported undeclared " + f.ruleId());
            assertFalse(f.message() == null || f.message().isBlank(), guard.name() + ": a refusal says what to do");
        }
        return found.stream().map(Guard.Finding::ruleId).toList();
    }
}

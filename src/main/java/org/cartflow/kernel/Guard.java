package org.cartflow.kernel;

import java.util.Arrays;
import java.util.List;

/**
 * A check that must pass before a step of the journey is recorded. Each guard is a small bean named by what it
 * checks and annotated with the rule IDs it enforces.
 */
public interface Guard extends DeclaredGuard {

    /** Empty when the step may go ahead; otherwise why not, each naming the rule it breaks. */
    List<Finding> check(GuardContext ctx);

    /** Why a guard refuses: one rule ID and a message that tells the user what to do. */
    record Finding(String ruleId, String message) {
    }

    static List<String> ruleIdsOf(Class<?> type) {
        Class<?> c = type;
        while (c != null) {
            Enforces e = c.getAnnotation(Enforces.class);
            if (e != null) {
                return Arrays.asList(e.value());
            }
            c = c.getSuperclass();
        }
        throw new IllegalStateException(type.getName() + " has no @Enforces");
    }
}

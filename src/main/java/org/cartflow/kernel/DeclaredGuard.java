package org.cartflow.kernel;

/** A named check declared with the rule IDs it enforces: a transition's {@link Guard} or a {@link CommandGuard}. */
public interface DeclaredGuard {

    default java.util.List<String> ruleIds() {
        return Guard.ruleIdsOf(getClass());
    }

    default String name() {
        Class<?> c = getClass();
        while (c.getAnnotation(Enforces.class) == null && c.getSuperclass() != null) {
            c = c.getSuperclass();
        }
        return c.getSimpleName();
    }
}

package org.cartflow.kernel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What a guard sees: the course (with its patient), the moment of the step, and the facts already loaded for this
 * step. A context lives for one evaluation of a step (or one view), so facts loaded through it are never stale.
 */
public record GuardContext(Course course, Instant now, Map<Class<?>, Object> loaded) {

    public GuardContext(Course course, Instant now) {
        this(course, now, new HashMap<>());
    }

    public long courseId() {
        return course.id;
    }

    public Patient patient() {
        return course.patient;
    }

    /** Today in the hospital's zone. */
    public LocalDate today() {
        return now.atZone(course.zone()).toLocalDate();
    }

    /**
     * The facts of this kind for this step: loaded by {@code loader} the first time a guard (or the view built after
     * the guards) asks, then shared, so each table is read once per step however many guards read it.
     */
    public <F> F facts(Class<F> kind, Function<GuardContext, F> loader) {
        Object f = loaded.get(kind);
        if (f == null) {
            // not computeIfAbsent: a loader may itself ask for a smaller kind of facts through this context
            f = loader.apply(this);
            loaded.put(kind, f);
        }
        return kind.cast(f);
    }
}

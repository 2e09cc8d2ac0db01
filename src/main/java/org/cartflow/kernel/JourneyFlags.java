package org.cartflow.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;

/**
 * The flags every stage raises for a course, so a stage shows another stage's flags (bridging shows the apheresis
 * infection markers) without importing it.
 */
@ApplicationScoped
public class JourneyFlags {

    @Inject
    @Any
    Instance<JourneyFlag.Source> sources;

    public List<JourneyFlag> of(long courseId) {
        return sources.stream().sorted(Comparator.comparing(s -> s.getClass().getName()))
                .flatMap(s -> s.of(courseId).stream()).toList();
    }
}

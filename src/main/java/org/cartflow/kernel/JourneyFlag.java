package org.cartflow.kernel;

import java.util.List;

/** Something later stages must show on the journey, e.g. post-infusion viral monitoring (APH-1). */
public record JourneyFlag(String code, String ruleId, String message, List<String> markers) {

    /** A stage that raises journey flags; {@link JourneyFlags} gathers them all. */
    public interface Source {
        List<JourneyFlag> of(long courseId);
    }
}

package org.cartflow.kernel;

import java.time.Instant;
import java.util.Optional;

/** When the course was infused: the moment its last bag finished (day 0), known to the infusion stage. */
public interface DayZero {

    Optional<Instant> infusedAt(long courseId);
}

package org.cartflow.kernel;

import java.time.Instant;
import java.util.List;
import org.cartflow.common.Problem;

/**
 * Where a step's after-the-fact findings go (the step's after-the-fact guards): kept as open deviations that a
 * physician reviews, so what already happened to the patient is recorded instead of refused.
 */
public interface DeviationLog {

    void record(Course course, String stepSlug, List<Problem.Refusal> deviations, String by, String role, Instant at);
}

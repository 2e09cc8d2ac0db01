package org.cartflow.eligibility.rules;

import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import org.cartflow.eligibility.TherapyLine;
import org.cartflow.journey.Enforces;
import org.cartflow.journey.Guard;
import org.cartflow.journey.GuardContext;

/** The most recent line (highest line number) ended in progression on it or relapse after it. */
@Singleton
@Enforces("ELIG-4")
public class ProgressionOnLastTherapyGuard implements Guard {

    @Override
    public List<Finding> check(GuardContext ctx) {
        TherapyLine last = TherapyLine.active(ctx.courseId()).stream()
                .max(Comparator.comparingInt((TherapyLine l) -> l.lineNumber).thenComparing(l -> l.startedOn))
                .orElse(null);
        if (last == null) {
            return List.of(new Finding("ELIG-4", "Record the prior lines of therapy, with the outcome of the last one."));
        }
        if (!last.outcome.progressionOrRelapse()) {
            return List.of(new Finding("ELIG-4", "The most recent line (" + last.lineNumber + ", " + last.regimen
                    + ") is recorded as " + last.outcome + "; progression on it or relapse after it is required."));
        }
        return List.of();
    }
}

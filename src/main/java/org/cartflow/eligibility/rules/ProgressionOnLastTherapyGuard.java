package org.cartflow.eligibility.rules;

import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.eligibility.EligibilityFacts;
import org.cartflow.eligibility.EligibilityText;
import org.cartflow.eligibility.TherapyLine;
import org.cartflow.kernel.Enforces;

/** ELIG-4: the most recent line (highest line number) ended in progression on it or relapse after it. */
@Singleton
@Enforces("ELIG-4")
public class ProgressionOnLastTherapyGuard extends WorkUpGuard {

    @Override
    public List<Finding> check(EligibilityFacts f) {
        var text = Texts.of(EligibilityText.class);
        TherapyLine last = f.activeLines().stream()
                .max(Comparator.comparingInt((TherapyLine l) -> l.lineNumber).thenComparing(l -> l.startedOn))
                .orElse(null);
        if (last == null) {
            return List.of(new Finding("ELIG-4", text.priorLinesMissing()));
        }
        if (!last.outcome.progressionOrRelapse()) {
            return List.of(new Finding("ELIG-4", text.noProgressionOnLastLine(last.lineNumber, last.regimen, last.outcome)));
        }
        return List.of();
    }
}

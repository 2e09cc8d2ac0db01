package org.cartflow.lymphodepletion.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.kernel.CommandGuard;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard.Finding;
import org.cartflow.lymphodepletion.LymphodepletionText;

/** LD-2: LD is calculated and ordered from a recorded pre-LD assessment. */
@Singleton
@Enforces("LD-2")
public class AssessmentRecordedGuard implements CommandGuard<AssessmentRecordedGuard.Facts> {

    public record Facts(boolean assessmentRecorded, boolean forOrder) {
    }

    @Override
    public List<Finding> check(Facts f) {
        if (f.assessmentRecorded()) {
            return List.of();
        }
        var text = Texts.of(LymphodepletionText.class);
        return List.of(new Finding("LD-2", f.forOrder() ? text.recordAssessmentBeforeOrder()
                : text.recordAssessmentBeforeCalculation()));
    }
}

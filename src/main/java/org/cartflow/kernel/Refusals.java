package org.cartflow.kernel;

import java.util.List;
import org.cartflow.common.CommonText;
import org.cartflow.common.Problem;
import org.cartflow.common.ProblemException;
import org.cartflow.common.Texts;

/** The 422 a command answers when its guards refuse; the refusals themselves only come from {@link GuardEvaluator}. */
public final class Refusals {

    public static final String IDENTITY_MISMATCH = "identity-mismatch";

    private Refusals() {
    }

    public static ProblemException refused(List<Problem.Refusal> refusals) {
        return ProblemException.refused(Texts.of(CommonText.class).refusedBy(ids(refusals)), refusals);
    }

    public static void throwIfAny(List<Problem.Refusal> refusals) {
        if (!refusals.isEmpty()) {
            throw refused(refusals);
        }
    }

    /** A scanned label that does not belong to this patient or bag: refused like a guard, typed so the UI says STOP. */
    public static ProblemException identityMismatch(List<Problem.Refusal> refusals) {
        CommonText text = Texts.of(CommonText.class);
        return new ProblemException(422, IDENTITY_MISMATCH, text.titleIdentityMismatch(), text.refusedBy(ids(refusals)),
                null, refusals);
    }

    private static String ids(List<Problem.Refusal> refusals) {
        return String.join(", ", refusals.stream().map(Problem.Refusal::ruleId).distinct().toList());
    }
}

package org.cartflow.rules;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import org.cartflow.common.CommonText;
import org.cartflow.common.Problem;
import org.cartflow.common.ProblemException;
import org.cartflow.common.Texts;

/**
 * Refusals raised by a recording command (not a transition) because of a rule, e.g. a bridging drug of a class the
 * label does not name (BRG-1). They carry the rule's kind like a guard's refusal does.
 */
@Singleton
public class RuleRefusals {

    public static final String IDENTITY_MISMATCH = "identity-mismatch";

    @Inject
    RuleCatalog catalog;

    public Problem.Refusal refusal(String ruleId, String source, String message) {
        Rule rule = catalog.get(ruleId);
        return new Problem.Refusal(rule.id(), rule.kind().name().toLowerCase(Locale.ROOT), source, message,
                rule.kind().overridable());
    }

    public ProblemException refuse(String ruleId, String source, String message) {
        return refused(List.of(refusal(ruleId, source, message)));
    }

    public static ProblemException refused(List<Problem.Refusal> refusals) {
        String ids = String.join(", ", refusals.stream().map(Problem.Refusal::ruleId).distinct().toList());
        return ProblemException.refused(Texts.of(CommonText.class).refusedBy(ids), refusals);
    }

    /** A scanned label that does not belong to this patient or bag: refused like a guard, typed so the UI says STOP. */
    public static ProblemException identityMismatch(List<Problem.Refusal> refusals) {
        CommonText text = Texts.of(CommonText.class);
        String ids = String.join(", ", refusals.stream().map(Problem.Refusal::ruleId).distinct().toList());
        return new ProblemException(422, IDENTITY_MISMATCH, text.titleIdentityMismatch(), text.refusedBy(ids), null,
                refusals);
    }
}

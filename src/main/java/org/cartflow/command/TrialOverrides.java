package org.cartflow.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cartflow.common.CommonText;
import org.cartflow.common.Problem;
import org.cartflow.common.ProblemException;
import org.cartflow.common.Texts;
import org.cartflow.rules.Rule;
import org.cartflow.rules.RuleCatalog;

/**
 * The physician's overrides of trial rules within one step, the one way for transitions and stage commands: the rule
 * must be in the catalogue (else an invalid-field refusal on the field that named it), a trial rule (a label rule is
 * a hard stop: 422), and the caller a physician (403). The overrides applied go into the step's audit event as
 * {@code overrides: [{ruleId, reason}]}.
 */
public final class TrialOverrides {

    private final RuleCatalog catalog;
    private final boolean physician;
    private final List<Map<String, String>> applied = new ArrayList<>();

    public TrialOverrides(RuleCatalog catalog, boolean physician) {
        this.catalog = catalog;
        this.physician = physician;
    }

    /** Checks that {@code ruleId} may be overridden by this caller; {@code field} is where the request named it. */
    public void check(String ruleId, String field) {
        var text = Texts.of(CommonText.class);
        Rule rule = catalog.find(ruleId).orElseThrow(() -> ProblemException.invalid(field, text.noSuchRule(ruleId)));
        if (!rule.kind().overridable()) {
            throw new ProblemException(422, "not-overridable", text.titleNotOverridable(),
                    text.labelRuleIsHardStop(rule.id()), List.of(new Problem.FieldError(field, text.labelRule())),
                    null);
        }
        if (!physician) {
            throw ProblemException.forbidden(text.onlyPhysicianOverrides(rule.id()));
        }
    }

    /** Checks and records the override with its reason, for the audit event. */
    public void apply(String ruleId, String reason, String field) {
        check(ruleId, field);
        applied.add(Map.of("ruleId", ruleId, "reason", reason));
    }

    public List<Map<String, String>> applied() {
        return List.copyOf(applied);
    }
}

package org.cartflow.eligibility.rules;

import static org.cartflow.eligibility.EligibilityEnums.AgentClass.ANTI_CD38_ANTIBODY;
import static org.cartflow.eligibility.EligibilityEnums.AgentClass.IMMUNOMODULATORY_DRUG;
import static org.cartflow.eligibility.EligibilityEnums.AgentClass.PROTEASOME_INHIBITOR;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cartflow.common.Texts;
import org.cartflow.eligibility.EligibilityEnums.AgentClass;
import org.cartflow.eligibility.EligibilityFacts;
import org.cartflow.eligibility.EligibilityText;
import org.cartflow.eligibility.TherapyLine;
import org.cartflow.kernel.Enforces;

/**
 * ELIG-3 (JP 2022: at least 3 prior lines) or ELIG-3-JP23 (JP from 2023-12-06: at least 2), as the course's label
 * profile says, that together include an IMiD, a proteasome inhibitor and an anti-CD38 antibody.
 */
@Singleton
@Enforces({ "ELIG-3", "ELIG-3-JP23" })
public class ThreePriorLinesWithKeyClassesGuard extends WorkUpGuard {

    private static final Set<AgentClass> REQUIRED = EnumSet.of(IMMUNOMODULATORY_DRUG, PROTEASOME_INHIBITOR,
            ANTI_CD38_ANTIBODY);

    @Override
    public List<Finding> check(EligibilityFacts f) {
        var text = Texts.of(EligibilityText.class);
        String rule = f.priorLinesRule();
        int minLines = f.priorLinesMinimum();
        List<TherapyLine> lines = f.activeLines();
        long count = lines.stream().mapToInt(l -> l.lineNumber).distinct().count();
        List<Finding> out = new ArrayList<>();
        if (count < minLines) {
            out.add(new Finding(rule, text.tooFewPriorLines(count, minLines)));
        }
        EnumSet<AgentClass> missing = EnumSet.copyOf(REQUIRED);
        lines.forEach(l -> missing.removeAll(l.classes()));
        if (!missing.isEmpty()) {
            out.add(new Finding(rule, text.keyClassesMissing(missing.toString())));
        }
        return out;
    }
}

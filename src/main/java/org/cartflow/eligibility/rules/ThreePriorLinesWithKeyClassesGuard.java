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
import org.cartflow.eligibility.EligibilityText;
import org.cartflow.eligibility.TherapyLine;
import org.cartflow.journey.Enforces;
import org.cartflow.journey.Guard;
import org.cartflow.journey.GuardContext;

/** At least 3 prior lines that together include an IMiD, a proteasome inhibitor and an anti-CD38 antibody. */
@Singleton
@Enforces("ELIG-3")
public class ThreePriorLinesWithKeyClassesGuard implements Guard {

    static final int MIN_LINES = 3;
    private static final Set<AgentClass> REQUIRED = EnumSet.of(IMMUNOMODULATORY_DRUG, PROTEASOME_INHIBITOR,
            ANTI_CD38_ANTIBODY);

    @Override
    public List<Finding> check(GuardContext ctx) {
        var text = Texts.of(EligibilityText.class);
        List<TherapyLine> lines = TherapyLine.active(ctx.courseId());
        long count = lines.stream().mapToInt(l -> l.lineNumber).distinct().count();
        List<Finding> out = new ArrayList<>();
        if (count < MIN_LINES) {
            out.add(new Finding("ELIG-3", text.tooFewPriorLines(count, MIN_LINES)));
        }
        EnumSet<AgentClass> missing = EnumSet.copyOf(REQUIRED);
        lines.forEach(l -> missing.removeAll(l.classes()));
        if (!missing.isEmpty()) {
            out.add(new Finding("ELIG-3", text.keyClassesMissing(missing.toString())));
        }
        return out;
    }
}

package org.cartflow.eligibility.rules;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.eligibility.EligibilityEnums.AgentClass;
import org.cartflow.eligibility.EligibilityFacts;
import org.cartflow.eligibility.EligibilityText;
import org.cartflow.eligibility.TherapyLine;
import org.cartflow.kernel.Enforces;

/** ELIG-2: no prior BCMA-directed CAR-T, neither in the therapy history nor in another course of this patient. */
@Singleton
@Enforces("ELIG-2")
public class NoPriorBcmaCarTGuard extends WorkUpGuard {

    @Override
    public List<Finding> check(EligibilityFacts f) {
        var text = Texts.of(EligibilityText.class);
        List<Finding> out = new ArrayList<>();
        for (TherapyLine l : f.activeLines()) {
            if (l.classes().contains(AgentClass.BCMA_CAR_T)) {
                out.add(new Finding("ELIG-2", text.priorBcmaCarTLine(l.lineNumber, l.regimen)));
            }
        }
        for (long other : f.otherCoursesGiven()) {
            out.add(new Finding("ELIG-2", text.productGivenInCourse(other)));
        }
        return out;
    }
}

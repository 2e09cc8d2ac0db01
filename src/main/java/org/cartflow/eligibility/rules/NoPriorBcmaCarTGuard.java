package org.cartflow.eligibility.rules;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.eligibility.EligibilityEnums.AgentClass;
import org.cartflow.eligibility.EligibilityText;
import org.cartflow.eligibility.TherapyLine;
import org.cartflow.kernel.Course;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard;
import org.cartflow.kernel.GuardContext;

@Singleton
@Enforces("ELIG-2")
public class NoPriorBcmaCarTGuard implements Guard {

    @Override
    public List<Finding> check(GuardContext ctx) {
        var text = Texts.of(EligibilityText.class);
        List<Finding> out = new ArrayList<>();
        for (TherapyLine l : TherapyLine.active(ctx.courseId())) {
            if (l.classes().contains(AgentClass.BCMA_CAR_T)) {
                out.add(new Finding("ELIG-2", text.priorBcmaCarTLine(l.lineNumber, l.regimen)));
            }
        }
        for (Course other : Course.ofPatient(ctx.patient().id)) {
            if (!other.id.equals(ctx.courseId()) && other.infusedAt != null) {
                out.add(new Finding("ELIG-2", text.productGivenInCourse(other.id)));
            }
        }
        return out;
    }
}

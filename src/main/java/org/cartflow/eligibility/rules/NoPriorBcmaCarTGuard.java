package org.cartflow.eligibility.rules;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.eligibility.EligibilityEnums.AgentClass;
import org.cartflow.eligibility.TherapyLine;
import org.cartflow.journey.Course;
import org.cartflow.journey.Enforces;
import org.cartflow.journey.Guard;
import org.cartflow.journey.GuardContext;

@Singleton
@Enforces("ELIG-2")
public class NoPriorBcmaCarTGuard implements Guard {

    @Override
    public List<Finding> check(GuardContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (TherapyLine l : TherapyLine.active(ctx.courseId())) {
            if (l.classes().contains(AgentClass.BCMA_CAR_T)) {
                out.add(new Finding("ELIG-2", "Line " + l.lineNumber + " (" + l.regimen
                        + ") was a BCMA-targeted CAR-T therapy; a patient treated with one is not eligible."));
            }
        }
        for (Course other : Course.ofPatient(ctx.patient().id)) {
            if (!other.id.equals(ctx.courseId()) && other.infusedAt != null) {
                out.add(new Finding("ELIG-2", "The patient received this BCMA-targeted CAR-T product in course "
                        + other.id + "."));
            }
        }
        return out;
    }
}

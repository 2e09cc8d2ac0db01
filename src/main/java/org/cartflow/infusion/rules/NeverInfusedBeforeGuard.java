package org.cartflow.infusion.rules;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.infusion.InfusionText;
import org.cartflow.kernel.Course;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard;
import org.cartflow.kernel.GuardContext;

/** Single use: neither this course nor any other course of the patient has been infused. */
@Singleton
@Enforces("NOREUSE-1")
public class NeverInfusedBeforeGuard implements Guard {

    @Override
    public List<Finding> check(GuardContext ctx) {
        var text = Texts.of(InfusionText.class);
        List<Finding> out = new ArrayList<>();
        if (ctx.course().infusedAt != null) {
            out.add(new Finding("NOREUSE-1", text.courseAlreadyInfused()));
        }
        for (Course other : Course.ofPatient(ctx.patient().id)) {
            if (!other.id.equals(ctx.course().id) && other.infusedAt != null) {
                out.add(new Finding("NOREUSE-1", text.patientAlreadyInfused(other.id)));
            }
        }
        return out;
    }
}

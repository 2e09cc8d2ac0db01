package org.cartflow.infusion.rules;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.journey.Course;
import org.cartflow.journey.Enforces;
import org.cartflow.journey.Guard;
import org.cartflow.journey.GuardContext;

/** Single use: neither this course nor any other course of the patient has been infused. */
@Singleton
@Enforces("NOREUSE-1")
public class NeverInfusedBeforeGuard implements Guard {

    @Override
    public List<Finding> check(GuardContext ctx) {
        List<Finding> out = new ArrayList<>();
        if (ctx.course().infusedAt != null) {
            out.add(new Finding("NOREUSE-1", "This course was already infused; the product is never re-administered."));
        }
        for (Course other : Course.ofPatient(ctx.patient().id)) {
            if (!other.id.equals(ctx.course().id) && other.infusedAt != null) {
                out.add(new Finding("NOREUSE-1", "The patient was already infused in course " + other.id
                        + "; the product is never re-administered."));
            }
        }
        return out;
    }
}

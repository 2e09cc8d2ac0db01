package org.cartflow.infusion.rules;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.infusion.InfusionFactsLoader;
import org.cartflow.infusion.InfusionText;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.FactsGuard;
import org.cartflow.kernel.GuardContext;

/** Single use: neither this course nor any other course of the patient has been infused. */
@Singleton
@Enforces("NOREUSE-1")
public class NeverInfusedBeforeGuard extends FactsGuard<NeverInfusedBeforeGuard.Facts> {

    /** @param thisCourseInfused whether this course was infused; otherCoursesInfused: the patient's other ones */
    public record Facts(boolean thisCourseInfused, List<Long> otherCoursesInfused) {
    }

    @Inject
    InfusionFactsLoader loader;

    @Override
    protected Facts facts(GuardContext ctx) {
        return new Facts(ctx.course().infusedAt != null, loader.otherCoursesInfused(ctx));
    }

    @Override
    public List<Finding> check(Facts f) {
        var text = Texts.of(InfusionText.class);
        List<Finding> out = new ArrayList<>();
        if (f.thisCourseInfused()) {
            out.add(new Finding("NOREUSE-1", text.courseAlreadyInfused()));
        }
        for (long other : f.otherCoursesInfused()) {
            out.add(new Finding("NOREUSE-1", text.patientAlreadyInfused(other)));
        }
        return out;
    }
}

package org.cartflow.bridging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cartflow.kernel.GuardContext;
import org.cartflow.lymphodepletion.LdFactsLoader;
import org.cartflow.rules.LabelProfiles;

/**
 * The only code on the bridging rules' path that reads the database. The bridging doses (read by the class and the
 * washout guards of start-lymphodepletion) are read once per evaluation of a step ({@link GuardContext#facts}); LD
 * day 1 comes from the verified LD order that the LD guards of the same step read.
 */
@ApplicationScoped
public class BridgingFactsLoader {

    /** The course's bridging doses in the order given. */
    public record Doses(List<BridgingDose> all) {
    }

    @Inject
    LdFactsLoader ld;

    @Inject
    LabelProfiles profiles;

    public List<BridgingDose> doses(GuardContext ctx) {
        return ctx.facts(Doses.class, c -> new Doses(BridgingDose.ofCourse(c.courseId()))).all();
    }

    public Optional<LdPlan> plan(GuardContext ctx) {
        return LdPlan.current(ctx.courseId());
    }

    /** The verified LD order's day 1, if there is one. */
    public Optional<LocalDate> verifiedLdDay1(GuardContext ctx) {
        return ld.verifiedOrder(ctx).map(o -> o.ldDay1);
    }

    /** BRG-2's washout in days, from the course's label profile. */
    public int washoutDays(GuardContext ctx) {
        return BridgingDose.washoutDays(profiles.get(ctx.course().labelProfile));
    }
}

package org.cartflow.lymphodepletion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.cartflow.kernel.GuardContext;

/**
 * The only code on the lymphodepletion rules' path that reads the database. The verified order (read by the order,
 * assessment, expiry and completion guards, and by bridging's washout) and the latest pre-LD assessment are read once
 * per evaluation of a step ({@link GuardContext#facts}).
 */
@ApplicationScoped
public class LdFactsLoader {

    /** The course's verified LD order, empty when none. */
    public record VerifiedOrder(Optional<LdOrder> order) {
    }

    /** The course's latest pre-LD assessment, empty when none. */
    public record LatestAssessment(Optional<LdAssessment> assessment) {
    }

    @Inject
    RenalPolicy renalPolicy;

    public Optional<LdOrder> verifiedOrder(GuardContext ctx) {
        return ctx.facts(VerifiedOrder.class, c -> new VerifiedOrder(LdOrder.verified(c.courseId()))).order();
    }

    public Optional<LdAssessment> latestAssessment(GuardContext ctx) {
        return ctx.facts(LatestAssessment.class, c -> new LatestAssessment(LdAssessment.latest(c.courseId())))
                .assessment();
    }

    public List<LdAdministration> administrationsOf(LdOrder order) {
        return LdAdministration.ofOrder(order.id);
    }

    /** LD-2's window: how many days before LD day 1 the oldest measurement may be (the site's renal policy). */
    public int measurementWindowDays() {
        return renalPolicy.measurementWindowDays();
    }
}

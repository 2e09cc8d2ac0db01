package org.cartflow.infusion;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.cartflow.kernel.GuardContext;
import org.cartflow.monitoring.TocilizumabStock;

/**
 * The only code on the infusion rules' path (for the guards converted so far) that reads the database. The bags with
 * their bedside steps (read by most record-infusion guards) and the latest infusion-day check (read by the
 * anaphylaxis and same-day guards) are read once per evaluation of a step ({@link GuardContext#facts}).
 */
@ApplicationScoped
public class InfusionFactsLoader {

    /** The course's bags, each with its bedside steps, in bag order. */
    public record Bags(List<BagRecord> all) {

        public Bags {
            all = List.copyOf(all);
        }

        public List<BagRecord> infused() {
            return BagRecord.infused(all);
        }
    }

    /** The latest infusion-day clinical check, empty when none. */
    public record LatestReadiness(Optional<InfusionReadiness> check) {
    }

    public Bags bags(GuardContext ctx) {
        return ctx.facts(Bags.class, c -> new Bags(BagRecord.ofCourse(c.courseId())));
    }

    public Optional<InfusionReadiness> latestReadiness(GuardContext ctx) {
        return ctx.facts(LatestReadiness.class, c -> new LatestReadiness(InfusionReadiness.latest(c.courseId())))
                .check();
    }

    /** The patient's other courses in which the product was given. */
    public List<Long> otherCoursesInfused(GuardContext ctx) {
        return ctx.course().otherCoursesInfused();
    }

    public int tocilizumabDosesOnHand(GuardContext ctx) {
        return TocilizumabStock.of(ctx.courseId()).map(s -> s.dosesOnHand).orElse(0);
    }
}

package org.cartflow.infusion;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.cartflow.kernel.GuardContext;
import org.cartflow.monitoring.TocilizumabStock;

/**
 * The only code on the infusion rules' path that reads the database. The bags with their bedside steps (read by most
 * record-infusion guards), the premedications, the recorded delays and the latest infusion-day check are each read
 * once per evaluation of a step ({@link GuardContext#facts}) and shared by the guards that judge them.
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

    /** The course's premedications, oldest first. */
    public record Premedications(List<Premedication> all) {

        public Premedications {
            all = List.copyOf(all);
        }
    }

    /** The course's recorded infusion delays, oldest first. */
    public record Delays(List<InfusionDelay> all) {

        public Delays {
            all = List.copyOf(all);
        }

        public Optional<InfusionDelay> latest() {
            return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
        }
    }

    public Bags bags(GuardContext ctx) {
        return ctx.facts(Bags.class, c -> new Bags(BagRecord.ofCourse(c.courseId())));
    }

    public List<Premedication> premedications(GuardContext ctx) {
        return ctx.facts(Premedications.class, c -> new Premedications(Premedication.ofCourse(c.courseId()))).all();
    }

    public Delays delays(GuardContext ctx) {
        return ctx.facts(Delays.class, c -> new Delays(InfusionDelay.ofCourse(c.courseId())));
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

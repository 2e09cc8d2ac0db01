package org.cartflow.manufacturing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.cartflow.apheresis.ChainOfIdentity;
import org.cartflow.kernel.GuardContext;
import org.cartflow.rules.LabelProfiles;

/**
 * The only code on the manufacturing rules' path that reads the database. The course's runs (read by the identity,
 * out-of-specification and second-run guards) are read once per evaluation of a step ({@link GuardContext#facts}).
 */
@ApplicationScoped
public class ManufacturingFactsLoader {

    /** The course's manufacturing runs in run order. */
    public record Runs(List<ManufacturingOrder> all) {

        public ManufacturingOrder latest() {
            return all.isEmpty() ? null : all.get(all.size() - 1);
        }
    }

    @Inject
    ChainOfIdentity chain;

    @Inject
    LabelProfiles profiles;

    public Runs runs(GuardContext ctx) {
        return ctx.facts(Runs.class, c -> new Runs(ManufacturingOrder.ofCourse(c.courseId())));
    }

    /** The course profile's minimum dose, under which a run justifies a second one (MFG-1). */
    public BigDecimal minimumYieldE6(GuardContext ctx) {
        return ManufacturingOrder.minimumYieldE6(profiles.get(ctx.course().labelProfile));
    }

    public Optional<ChainOfIdentity.Identity> identity(GuardContext ctx) {
        return chain.of(ctx.courseId());
    }
}

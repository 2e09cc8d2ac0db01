package org.cartflow.manufacturing.rules;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.journey.Enforces;
import org.cartflow.journey.Guard;
import org.cartflow.journey.GuardContext;
import org.cartflow.manufacturing.ManufacturingOrder;

/**
 * MFG-2 (trial): an out-of-specification product is accepted only by exception, after a recorded review of the
 * deviation and the patient's condition and with the treating physician's agreement.
 */
@Singleton
@Enforces("MFG-2")
public class OutOfSpecReleaseGuard implements Guard {

    @Override
    public List<Finding> check(GuardContext ctx) {
        var run = ManufacturingOrder.latest(ctx.courseId()).orElse(null);
        if (run == null || !run.outOfSpecification) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        if (run.deviationReviewedAt == null) {
            out.add(new Finding("MFG-2", "Run " + run.runNumber + " is out of specification: record the review of the "
                    + "deviation and of the patient's condition."));
        }
        if (run.physicianAgreedAt == null) {
            out.add(new Finding("MFG-2", "Run " + run.runNumber + " is out of specification: the treating physician's "
                    + "agreement to accept it by exception is not recorded."));
        }
        return out;
    }
}

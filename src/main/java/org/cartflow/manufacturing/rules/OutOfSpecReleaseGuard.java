package org.cartflow.manufacturing.rules;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.FactsGuard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.manufacturing.ManufacturingFactsLoader;
import org.cartflow.manufacturing.ManufacturingOrder;
import org.cartflow.manufacturing.ManufacturingText;

/**
 * MFG-2 (trial): an out-of-specification product is accepted only by exception, after a recorded review of the
 * deviation and the patient's condition and with the treating physician's agreement.
 */
@Singleton
@Enforces("MFG-2")
public class OutOfSpecReleaseGuard extends FactsGuard<OutOfSpecReleaseGuard.Facts> {

    /** @param latestRun null when no run was ordered */
    public record Facts(ManufacturingOrder latestRun) {
    }

    @Inject
    ManufacturingFactsLoader loader;

    @Override
    protected Facts facts(GuardContext ctx) {
        return new Facts(loader.runs(ctx).latest());
    }

    @Override
    public List<Finding> check(Facts f) {
        var run = f.latestRun();
        if (run == null || !run.outOfSpecification) {
            return List.of();
        }
        var text = Texts.of(ManufacturingText.class);
        List<Finding> out = new ArrayList<>();
        if (run.deviationReviewedAt == null) {
            out.add(new Finding("MFG-2", text.outOfSpecReviewMissing(run.runNumber)));
        }
        if (run.physicianAgreedAt == null) {
            out.add(new Finding("MFG-2", text.outOfSpecAgreementMissing(run.runNumber)));
        }
        return out;
    }
}

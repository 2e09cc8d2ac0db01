package org.cartflow.manufacturing.rules;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.apheresis.ChainOfIdentity;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.FactsGuard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.manufacturing.ManufacturingFactsLoader;
import org.cartflow.manufacturing.ManufacturingOrder;
import org.cartflow.manufacturing.ManufacturingText;

/** AUTOLOGOUS-1: the product received is the run made from this patient's collection (COI and DIN match). */
@Singleton
@Enforces("AUTOLOGOUS-1")
public class ProductMatchesCollectionGuard extends FactsGuard<ProductMatchesCollectionGuard.Facts> {

    /** @param latestRun null when no run was ordered; identity: the course's chain, null when none */
    public record Facts(long courseId, ManufacturingOrder latestRun, ChainOfIdentity.Identity identity) {
    }

    @Inject
    ManufacturingFactsLoader loader;

    @Override
    protected Facts facts(GuardContext ctx) {
        ManufacturingOrder run = loader.runs(ctx).latest();
        return new Facts(ctx.courseId(), run, run == null ? null : loader.identity(ctx).orElse(null));
    }

    @Override
    public List<Finding> check(Facts f) {
        var text = Texts.of(ManufacturingText.class);
        var run = f.latestRun();
        if (run == null) {
            return List.of(new Finding("AUTOLOGOUS-1", text.noRunQuotingIdentity()));
        }
        return ChainOfIdentity.mismatches(f.identity(), f.courseId(), run.coiId, run.din).stream()
                .map(m -> new Finding("AUTOLOGOUS-1", text.runMismatch(run.runNumber, m))).toList();
    }
}

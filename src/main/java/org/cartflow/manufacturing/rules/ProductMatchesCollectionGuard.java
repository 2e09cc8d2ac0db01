package org.cartflow.manufacturing.rules;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.apheresis.ChainOfIdentity;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.manufacturing.ManufacturingOrder;
import org.cartflow.manufacturing.ManufacturingText;

/** AUTOLOGOUS-1: the product received is the run made from this patient's collection (COI and DIN match). */
@Singleton
@Enforces("AUTOLOGOUS-1")
public class ProductMatchesCollectionGuard implements Guard {

    @Inject
    ChainOfIdentity chain;

    @Override
    public List<Finding> check(GuardContext ctx) {
        var text = Texts.of(ManufacturingText.class);
        var run = ManufacturingOrder.latest(ctx.courseId()).orElse(null);
        if (run == null) {
            return List.of(new Finding("AUTOLOGOUS-1", text.noRunQuotingIdentity()));
        }
        return chain.mismatches(ctx.courseId(), run.coiId, run.din).stream()
                .map(m -> new Finding("AUTOLOGOUS-1", text.runMismatch(run.runNumber, m))).toList();
    }
}

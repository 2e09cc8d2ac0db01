package org.cartflow.manufacturing.rules;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.FactsGuard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.manufacturing.ManufacturingFactsLoader;
import org.cartflow.manufacturing.ManufacturingOrder;
import org.cartflow.manufacturing.ManufacturingText;
import org.cartflow.manufacturing.RunSource;

/**
 * MFG-1 (trial): a second manufacturing run follows a failed run or one under the label's minimum dose (the
 * profile's, 280 x 10^6 CAR+ T cells in Japan: a commercial product below it cannot be received), and is ordered
 * from a new collection or the retained material. KarMMa allowed one second run.
 */
@Singleton
@Enforces("MFG-1")
public class SecondRunJustifiedGuard extends FactsGuard<SecondRunJustifiedGuard.Facts> {

    /** @param runs the course's runs in run order; minimumYieldE6: the profile's minimum dose */
    public record Facts(List<ManufacturingOrder> runs, BigDecimal minimumYieldE6) {
    }

    @Inject
    ManufacturingFactsLoader loader;

    @Override
    protected Facts facts(GuardContext ctx) {
        return new Facts(loader.runs(ctx).all(), loader.minimumYieldE6(ctx));
    }

    @Override
    public List<Finding> check(Facts f) {
        var text = Texts.of(ManufacturingText.class);
        var minimum = f.minimumYieldE6();
        List<ManufacturingOrder> runs = f.runs();
        if (runs.size() < 2) {
            return List.of(new Finding("MFG-1", text.orderSecondRunFirst()));
        }
        ManufacturingOrder second = runs.get(runs.size() - 1);
        ManufacturingOrder previous = runs.get(runs.size() - 2);
        if (second.runNumber > 2) {
            return List.of(new Finding("MFG-1", text.beyondOneSecondRun(second.runNumber)));
        }
        if (!previous.justifiesSecondRun(minimum)) {
            return List.of(new Finding("MFG-1", text.secondRunNotJustified(previous.runNumber, minimum)));
        }
        if (second.source != RunSource.NEW_COLLECTION && second.source != RunSource.RETAINED_MATERIAL) {
            return List.of(new Finding("MFG-1", text.secondRunNeedsMaterial()));
        }
        return List.of();
    }
}

package org.cartflow.manufacturing.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.manufacturing.ManufacturingOrder;
import org.cartflow.rules.LabelProfiles;
import org.cartflow.manufacturing.ManufacturingText;
import org.cartflow.manufacturing.RunSource;

/**
 * MFG-1 (trial): a second manufacturing run follows a failed run or one under the label's minimum dose (the
 * profile's, 280 x 10^6 CAR+ T cells in Japan: a commercial product below it cannot be received), and is ordered
 * from a new collection or the retained material. KarMMa allowed one second run.
 */
@Singleton
@Enforces("MFG-1")
public class SecondRunJustifiedGuard implements Guard {

    private final LabelProfiles profiles;

    public SecondRunJustifiedGuard(LabelProfiles profiles) {
        this.profiles = profiles;
    }

    @Override
    public List<Finding> check(GuardContext ctx) {
        var text = Texts.of(ManufacturingText.class);
        var minimum = ManufacturingOrder.minimumYieldE6(profiles.get(ctx.course().labelProfile));
        List<ManufacturingOrder> runs = ManufacturingOrder.ofCourse(ctx.courseId());
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

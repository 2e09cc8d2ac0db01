package org.cartflow.manufacturing.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.kernel.CommandGuard;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard.Finding;
import org.cartflow.manufacturing.ManufacturingText;

/**
 * MFG-1 (trial) when a second run is ordered: KarMMa allowed one, after a run that failed or yielded under the
 * label's minimum dose.
 */
@Singleton
@Enforces("MFG-1")
public class SecondRunOrderGuard implements CommandGuard<SecondRunOrderGuard.Facts> {

    /** {@code minimumYieldE6}: the label profile's minimum dose, the yield under which a run justifies another. */
    public record Facts(int runsSoFar, int previousRunNumber, boolean previousJustifiesSecondRun,
            java.math.BigDecimal minimumYieldE6) {
    }

    @Override
    public List<Finding> check(Facts f) {
        var text = Texts.of(ManufacturingText.class);
        if (f.runsSoFar() >= 2) {
            return List.of(new Finding("MFG-1", text.alreadySecondRun(f.previousRunNumber())));
        }
        if (!f.previousJustifiesSecondRun()) {
            return List.of(new Finding("MFG-1", text.secondRunNotJustifiedReportStatus(f.previousRunNumber(),
                    f.minimumYieldE6())));
        }
        return List.of();
    }
}

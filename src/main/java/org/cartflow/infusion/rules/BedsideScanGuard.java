package org.cartflow.infusion.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.infusion.InfusionText;
import org.cartflow.kernel.CommandGuard;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard.Finding;

/** INF-9: the bedside check is scanned; typing the identifiers (downtime) needs a recorded reason. */
@Singleton
@Enforces("INF-9")
public class BedsideScanGuard implements CommandGuard<BedsideScanGuard.Facts> {

    public record Facts(boolean manualEntry, boolean manualReasonGiven) {
    }

    @Override
    public List<Finding> check(Facts f) {
        return !f.manualEntry() || f.manualReasonGiven() ? List.of()
                : List.of(new Finding("INF-9", Texts.of(InfusionText.class).scanAtTheBedside()));
    }
}

package org.cartflow.lymphodepletion.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.kernel.CommandGuard;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard.Finding;
import org.cartflow.lymphodepletion.LymphodepletionText;

/** LD-3: below the renal policy's lowest CrCl tier there is no policy fludarabine dose; the physician prescribes
 * one with a reason or none at all. */
@Singleton
@Enforces("LD-3")
public class FludarabineTierGuard implements CommandGuard<FludarabineTierGuard.Facts> {

    public record Facts(double crclMlMin, boolean policyDose, boolean fludarabinePrescribed, boolean reasonGiven) {
    }

    @Override
    public List<Finding> check(Facts f) {
        return f.policyDose() || (f.fludarabinePrescribed() && f.reasonGiven()) ? List.of()
                : List.of(new Finding("LD-3", Texts.of(LymphodepletionText.class).crclBelowLowestTier(f.crclMlMin())));
    }
}

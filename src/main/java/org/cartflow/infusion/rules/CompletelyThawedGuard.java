package org.cartflow.infusion.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.infusion.InfusionText;
import org.cartflow.kernel.CommandGuard;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard.Finding;

/** INF-7: the thaw is recorded complete only when the bag is completely thawed (or handled against the label,
 * which quarantines it). */
@Singleton
@Enforces("INF-7")
public class CompletelyThawedGuard implements CommandGuard<CompletelyThawedGuard.Facts> {

    public record Facts(boolean completelyThawed, boolean prohibitedHandlingReported) {
    }

    @Override
    public List<Finding> check(Facts f) {
        return f.completelyThawed() || f.prohibitedHandlingReported() ? List.of()
                : List.of(new Finding("INF-7", Texts.of(InfusionText.class).keepThawing()));
    }
}

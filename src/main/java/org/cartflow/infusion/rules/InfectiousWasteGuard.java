package org.cartflow.infusion.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.infusion.InfusionText;
import org.cartflow.kernel.CommandGuard;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard.Finding;

/** INF-13: the empty bag and line are disposed of as infectious waste. */
@Singleton
@Enforces("INF-13")
public class InfectiousWasteGuard implements CommandGuard<InfectiousWasteGuard.Facts> {

    public record Facts(boolean asInfectiousWaste) {
    }

    @Override
    public List<Finding> check(Facts f) {
        return f.asInfectiousWaste() ? List.of()
                : List.of(new Finding("INF-13", Texts.of(InfusionText.class).disposeAsInfectiousWaste()));
    }
}

package org.cartflow.manufacturing.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.kernel.CommandGuard;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard.Finding;
import org.cartflow.manufacturing.ManufacturingText;

/** MFG-2 (trial): a physician accepts an out-of-specification product only after its deviation was reviewed. */
@Singleton
@Enforces("MFG-2")
public class DeviationReviewedFirstGuard implements CommandGuard<DeviationReviewedFirstGuard.Facts> {

    public record Facts(boolean deviationReviewed) {
    }

    @Override
    public List<Finding> check(Facts f) {
        return f.deviationReviewed() ? List.of()
                : List.of(new Finding("MFG-2", Texts.of(ManufacturingText.class).reviewBeforeException()));
    }
}

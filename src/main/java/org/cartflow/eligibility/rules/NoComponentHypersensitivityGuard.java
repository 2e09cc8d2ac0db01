package org.cartflow.eligibility.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.eligibility.HypersensitivityHistory;
import org.cartflow.journey.Enforces;
import org.cartflow.journey.Guard;
import org.cartflow.journey.GuardContext;

/** Contraindication: hypersensitivity to any component (DMSO, human serum albumin, electrolyte solution). */
@Singleton
@Enforces("HYPERSENS-1")
public class NoComponentHypersensitivityGuard implements Guard {

    @Override
    public List<Finding> check(GuardContext ctx) {
        var h = HypersensitivityHistory.current(ctx.courseId()).orElse(null);
        if (h == null) {
            return List.of(new Finding("HYPERSENS-1",
                    "Record the patient's history of hypersensitivity to the product's components."));
        }
        List<String> components = h.components();
        if (!components.isEmpty()) {
            return List.of(new Finding("HYPERSENS-1", "History of hypersensitivity to " + String.join(", ", components)
                    + ": contraindicated."));
        }
        return List.of();
    }
}

package org.cartflow.eligibility.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.common.CommonText;
import org.cartflow.common.Texts;
import org.cartflow.eligibility.EligibilityText;
import org.cartflow.eligibility.HypersensitivityHistory;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard;
import org.cartflow.kernel.GuardContext;

/** Contraindication: hypersensitivity to any component (DMSO, human serum albumin, electrolyte solution). */
@Singleton
@Enforces("HYPERSENS-1")
public class NoComponentHypersensitivityGuard implements Guard {

    @Override
    public List<Finding> check(GuardContext ctx) {
        var text = Texts.of(EligibilityText.class);
        var h = HypersensitivityHistory.current(ctx.courseId()).orElse(null);
        if (h == null) {
            return List.of(new Finding("HYPERSENS-1", text.hypersensitivityHistoryMissing()));
        }
        List<String> components = h.components(text);
        if (!components.isEmpty()) {
            String listed = String.join(Texts.of(CommonText.class).listSeparator(), components);
            return List.of(new Finding("HYPERSENS-1", text.hypersensitive(listed)));
        }
        return List.of();
    }
}

package org.cartflow.eligibility.rules;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.common.CommonText;
import org.cartflow.common.Texts;
import org.cartflow.eligibility.EligibilityFactsLoader;
import org.cartflow.eligibility.EligibilityText;
import org.cartflow.eligibility.HypersensitivityFacts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.FactsGuard;
import org.cartflow.kernel.GuardContext;

/** Contraindication: hypersensitivity to any component (DMSO, human serum albumin, electrolyte solution). */
@Singleton
@Enforces("HYPERSENS-1")
public class NoComponentHypersensitivityGuard extends FactsGuard<HypersensitivityFacts> {

    @Inject
    EligibilityFactsLoader loader;

    @Override
    protected HypersensitivityFacts facts(GuardContext ctx) {
        return loader.hypersensitivity(ctx);
    }

    @Override
    public List<Finding> check(HypersensitivityFacts f) {
        var text = Texts.of(EligibilityText.class);
        var h = f.history();
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

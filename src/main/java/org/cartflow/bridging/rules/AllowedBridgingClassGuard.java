package org.cartflow.bridging.rules;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import org.cartflow.bridging.BridgingDose;
import org.cartflow.bridging.BridgingFactsLoader;
import org.cartflow.bridging.BridgingText;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.FactsGuard;
import org.cartflow.kernel.GuardContext;

/**
 * BRG-1 (trial): bridging uses corticosteroids, alkylating agents, immunomodulatory drugs, proteasome inhibitors or
 * anti-CD38 antibodies; a drug of another class needs a physician's recorded override.
 */
@Singleton
@Enforces("BRG-1")
public class AllowedBridgingClassGuard extends FactsGuard<AllowedBridgingClassGuard.Facts> {

    public record Facts(List<BridgingDose> doses) {
    }

    @Inject
    BridgingFactsLoader loader;

    @Override
    protected Facts facts(GuardContext ctx) {
        return new Facts(loader.doses(ctx));
    }

    @Override
    public List<Finding> check(Facts f) {
        var text = Texts.of(BridgingText.class);
        return f.doses().stream()
                .filter(d -> !d.drugClass.namedByLabel() && d.classOverrideReason == null)
                .map(d -> new Finding("BRG-1", text.classNotNamedNoOverride(d.drug)))
                .toList();
    }
}

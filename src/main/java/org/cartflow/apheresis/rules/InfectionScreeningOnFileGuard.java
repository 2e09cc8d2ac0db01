package org.cartflow.apheresis.rules;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cartflow.apheresis.ApheresisFactsLoader;
import org.cartflow.apheresis.ApheresisText;
import org.cartflow.apheresis.InfectionMarker;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.FactsGuard;
import org.cartflow.kernel.GuardContext;

/** APH-1: CMV, HBV (HBsAg and anti-HBc), HCV and HIV results on file before leukapheresis is scheduled or started. */
@Singleton
@Enforces("APH-1")
public class InfectionScreeningOnFileGuard extends FactsGuard<InfectionScreeningOnFileGuard.Facts> {

    /** @param onFile the markers with a result on file */
    public record Facts(Set<InfectionMarker> onFile) {
    }

    @Inject
    ApheresisFactsLoader loader;

    @Override
    protected Facts facts(GuardContext ctx) {
        return new Facts(loader.infectionTests(ctx).keySet());
    }

    @Override
    public List<Finding> check(Facts f) {
        Set<InfectionMarker> missing = EnumSet.copyOf(InfectionMarker.required());
        missing.removeAll(f.onFile());
        if (missing.isEmpty()) {
            return List.of();
        }
        return List.of(new Finding("APH-1", Texts.of(ApheresisText.class).infectionScreeningMissing(
                String.join(", ", missing.stream().map(Enum::name).toList()))));
    }
}

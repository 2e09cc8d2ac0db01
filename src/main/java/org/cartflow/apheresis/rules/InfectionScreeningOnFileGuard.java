package org.cartflow.apheresis.rules;

import jakarta.inject.Singleton;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cartflow.apheresis.ApheresisText;
import org.cartflow.apheresis.InfectionMarker;
import org.cartflow.apheresis.InfectionTest;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard;
import org.cartflow.kernel.GuardContext;

/** APH-1: CMV, HBV (HBsAg and anti-HBc), HCV and HIV results on file before leukapheresis is scheduled or started. */
@Singleton
@Enforces("APH-1")
public class InfectionScreeningOnFileGuard implements Guard {

    @Override
    public List<Finding> check(GuardContext ctx) {
        Set<InfectionMarker> missing = EnumSet.copyOf(InfectionMarker.required());
        missing.removeAll(InfectionTest.current(ctx.courseId()).keySet());
        if (missing.isEmpty()) {
            return List.of();
        }
        return List.of(new Finding("APH-1", Texts.of(ApheresisText.class).infectionScreeningMissing(
                String.join(", ", missing.stream().map(Enum::name).toList()))));
    }
}

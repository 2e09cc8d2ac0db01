package org.cartflow.infusion.rules;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.infusion.InfusionText;
import org.cartflow.kernel.CommandGuard;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard.Finding;

/** RATE-1 at infusion start: the pump is set at no more than the label's maximum rate (10 mL/min). */
@Singleton
@Enforces("RATE-1")
public class PumpRateGuard implements CommandGuard<PumpRateGuard.Facts> {

    public record Facts(BigDecimal pumpRateMlMin, BigDecimal maxRateMlMin) {
    }

    @Override
    public List<Finding> check(Facts f) {
        return f.pumpRateMlMin().compareTo(f.maxRateMlMin()) <= 0 ? List.of()
                : List.of(new Finding("RATE-1", Texts.of(InfusionText.class).pumpRateTooHigh(
                        f.pumpRateMlMin().toPlainString())));
    }
}

package org.cartflow.infusion.rules;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.infusion.InfusionText;
import org.cartflow.kernel.CommandGuard;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard.Finding;

/** INF-7: the bag is thawed at about 37 C: the bath or device reads 36-38 C when the thaw starts. */
@Singleton
@Enforces("INF-7")
public class ThawBathTemperatureGuard implements CommandGuard<ThawBathTemperatureGuard.Facts> {

    static final BigDecimal LOWEST_C = new BigDecimal("36");
    static final BigDecimal HIGHEST_C = new BigDecimal("38");

    public record Facts(BigDecimal temperatureC) {
    }

    @Override
    public List<Finding> check(Facts f) {
        if (f.temperatureC().compareTo(LOWEST_C) >= 0 && f.temperatureC().compareTo(HIGHEST_C) <= 0) {
            return List.of();
        }
        return List.of(new Finding("INF-7", Texts.of(InfusionText.class).thawTemperature(
                f.temperatureC().toPlainString())));
    }
}

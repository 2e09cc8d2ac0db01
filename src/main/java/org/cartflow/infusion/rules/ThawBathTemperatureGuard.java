package org.cartflow.infusion.rules;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.List;
import org.cartflow.common.Texts;
import org.cartflow.infusion.InfusionText;
import org.cartflow.kernel.CommandGuard;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard.Finding;

/**
 * INF-7: the bag is thawed at about 37 C: the bath or device reads within the course's label profile's range when the
 * thaw starts (36-38 C in the Japanese profiles: "about 37 C" read as 37 +/- 1, the profile's reviewed reading).
 */
@Singleton
@Enforces("INF-7")
public class ThawBathTemperatureGuard implements CommandGuard<ThawBathTemperatureGuard.Facts> {

    /** {@code lowestC}, {@code highestC}: the profile's thawBathLowestC and thawBathHighestC, both allowed. */
    public record Facts(BigDecimal temperatureC, int lowestC, int highestC) {
    }

    @Override
    public List<Finding> check(Facts f) {
        if (f.temperatureC().compareTo(BigDecimal.valueOf(f.lowestC())) >= 0
                && f.temperatureC().compareTo(BigDecimal.valueOf(f.highestC())) <= 0) {
            return List.of();
        }
        return List.of(new Finding("INF-7", Texts.of(InfusionText.class).thawTemperature(
                f.temperatureC().toPlainString())));
    }
}

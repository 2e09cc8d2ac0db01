package org.cartflow.monitoring;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * CRS-ALG's tocilizumab dosing as the site's pharmacy sets it: the dose per kg, its cap and the least time between
 * doses come from tocilizumab's own label and the site's CRS protocol, not from the Abecma sources (RULES.md and the
 * brochure give none), so they are configuration reviewed by the site, not constants in code. The defaults are the
 * adult CRS dosing of tocilizumab's label (8 mg/kg, at most 800 mg per dose, at least 8 hours apart).
 */
@ConfigMapping(prefix = "cartflow.crs.tocilizumab")
public interface TocilizumabPolicy {

    @WithDefault("8")
    BigDecimal mgPerKg();

    @WithDefault("800")
    BigDecimal maxMg();

    @WithDefault("PT8H")
    Duration minInterval();

    /** The dose for this body weight: weight x mg/kg, capped, to 0.1 mg. */
    default BigDecimal dose(BigDecimal weightKg) {
        return weightKg.multiply(mgPerKg()).min(maxMg()).setScale(1, RoundingMode.HALF_UP);
    }

    /** As the pages and refusals show it: "8 mg/kg, ≤ 800 mg, ≥ 8 h". */
    default String shown() {
        return mgPerKg().stripTrailingZeros().toPlainString() + " mg/kg, ≤ " + maxMg().stripTrailingZeros()
                .toPlainString() + " mg, ≥ " + minInterval().toHours() + " h";
    }
}

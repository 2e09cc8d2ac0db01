package org.cartflow.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** CRS-ALG: the tocilizumab dose from the site's policy (default 8 mg/kg, at most 800 mg). Plain JUnit. */
class TocilizumabPolicyTest {

    private static TocilizumabPolicy policy(String mgPerKg, String maxMg, Duration interval) {
        return new TocilizumabPolicy() {
            public BigDecimal mgPerKg() {
                return new BigDecimal(mgPerKg);
            }

            public BigDecimal maxMg() {
                return new BigDecimal(maxMg);
            }

            public Duration minInterval() {
                return interval;
            }
        };
    }

    @Test
    void crsAlgDosePerKgUpToTheCap() {
        var p = policy("8", "800", Duration.ofHours(8));
        assertEquals(new BigDecimal("480.0"), p.dose(new BigDecimal("60")));
        assertEquals(new BigDecimal("799.2"), p.dose(new BigDecimal("99.9")));
        assertEquals(new BigDecimal("800.0"), p.dose(new BigDecimal("100")), "the cap reached");
        assertEquals(new BigDecimal("800.0"), p.dose(new BigDecimal("130")), "the cap binds");
        assertEquals("8 mg/kg, ≤ 800 mg, ≥ 8 h", p.shown());
        assertEquals(new BigDecimal("720.0"), policy("12", "800", Duration.ofHours(8)).dose(new BigDecimal("60")),
                "another site's policy");
    }
}

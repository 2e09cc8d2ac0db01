package org.cartflow.lymphodepletion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** LD-3: one judgement of a prescribed dose against the recomputed one (tolerance 5 %), by hand. */
class DoseComparisonTest {

    @Test
    void theToleranceIsJudgedUnroundedAndOnlyAReductionWithAReasonIsVerifiableBeyondIt() {
        // 52.0 vs 54.6: |52.0 - 54.6| / 54.6 = 4.76 %: within
        assertTrue(DoseComparison.of(new BigDecimal("52.0"), 54.6, 5, null).withinTolerance());
        // 100 vs 95.2: 5.04 % (shows as 5.0 %) is beyond 5 %, and above the policy dose: never verifiable
        DoseComparison above = DoseComparison.of(new BigDecimal("100"), 95.2, 5, "reason");
        assertFalse(above.withinTolerance());
        assertFalse(above.verifiable());
        // 40.0 vs 54.6: 26.7 % below with the prescriber's reason: a deliberate reduction; without it, refused
        assertTrue(DoseComparison.of(new BigDecimal("40.0"), 54.6, 5, "frailty").deliberateReduction());
        assertFalse(DoseComparison.of(new BigDecimal("40.0"), 54.6, 5, " ").verifiable());
    }
}

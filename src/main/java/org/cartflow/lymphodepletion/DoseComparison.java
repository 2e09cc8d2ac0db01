package org.cartflow.lymphodepletion;

import java.math.BigDecimal;

/**
 * LD-3: a prescribed daily dose against the recomputed policy dose, judged once for the verification and for the
 * pharmacist's page. The deviation is unrounded (5.04 % is beyond a 5 % tolerance even though it shows as 5.0 %). A
 * dose below the policy dose beyond the tolerance with the prescriber's reason is a deliberate reduction (適宜減量).
 */
public record DoseComparison(double deviationPercent, boolean withinTolerance, boolean deliberateReduction) {

    public static DoseComparison of(BigDecimal prescribed, double recomputed, double tolerancePercent, String reason) {
        double p = prescribed.doubleValue();
        double deviation = recomputed == 0 ? (p == 0 ? 0 : Double.POSITIVE_INFINITY)
                : Math.abs(p - recomputed) / recomputed * 100;
        boolean within = deviation <= tolerancePercent;
        boolean reduction = !within && reason != null && !reason.isBlank() && p < recomputed;
        return new DoseComparison(deviation, within, reduction);
    }

    /** The pharmacist may sign it: within the tolerance, or a deliberate reduction with its reason. */
    public boolean verifiable() {
        return withinTolerance || deliberateReduction;
    }
}

package org.cartflow.product;

import java.math.BigDecimal;
import org.cartflow.rules.LabelProfile;

/** STO-3, DOSE-1: the CAR+ T cells (x 10^6) a product holds, from the course's label profile (Abecma JP: 280-540, target 450). */
public record DoseRange(BigDecimal minimumE6, BigDecimal maximumE6, BigDecimal targetE6) {

    public static DoseRange of(LabelProfile profile) {
        return new DoseRange(BigDecimal.valueOf(profile.value("doseMinimumCarTMillions")),
                BigDecimal.valueOf(profile.value("doseMaximumCarTMillions")),
                BigDecimal.valueOf(profile.value("doseTargetCarTMillions")));
    }

    public boolean contains(BigDecimal totalE6) {
        return totalE6.compareTo(minimumE6) >= 0 && totalE6.compareTo(maximumE6) <= 0;
    }

    public boolean below(BigDecimal totalE6) {
        return totalE6.compareTo(minimumE6) < 0;
    }

    /** "280-540". */
    public String text() {
        return minimumE6.toPlainString() + "-" + maximumE6.toPlainString();
    }
}

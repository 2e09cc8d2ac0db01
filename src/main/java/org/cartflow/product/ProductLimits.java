package org.cartflow.product;

import java.math.BigDecimal;

/** The label's figures for the product (STO-1, STO-3, DOSE-1). */
public final class ProductLimits {
    private ProductLimits() {
    }

    /** STO-1: kept in the vapour phase of liquid nitrogen at -130 C or colder. */
    public static final BigDecimal MAX_STORAGE_C = new BigDecimal("-130");
    /** STO-3, DOSE-1: 280-540 x 10^6 CAR+ T cells, target 450. */
    public static final BigDecimal MIN_DOSE_E6 = new BigDecimal("280");
    public static final BigDecimal MAX_DOSE_E6 = new BigDecimal("540");
    public static final BigDecimal TARGET_DOSE_E6 = new BigDecimal("450");

    public static boolean doseInRange(BigDecimal totalE6) {
        return totalE6.compareTo(MIN_DOSE_E6) >= 0 && totalE6.compareTo(MAX_DOSE_E6) <= 0;
    }
}

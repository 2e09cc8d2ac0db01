package org.cartflow.product;

import java.math.BigDecimal;

/** The label's storage figure (STO-1); the dose range is the label profile's ({@link DoseRange}). */
public final class ProductLimits {
    private ProductLimits() {
    }

    /** STO-1: kept in the vapour phase of liquid nitrogen at -130 C or colder. */
    public static final BigDecimal MAX_STORAGE_C = new BigDecimal("-130");
}

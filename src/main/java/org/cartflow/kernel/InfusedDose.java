package org.cartflow.kernel;

import java.math.BigDecimal;

/** DOSE-1: the CAR+ T cells (x 10^6) of the bags actually infused, known to the infusion stage. */
public interface InfusedDose {

    BigDecimal millions(long courseId);
}

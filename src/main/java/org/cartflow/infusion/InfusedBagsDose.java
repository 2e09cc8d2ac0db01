package org.cartflow.infusion;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import org.cartflow.kernel.InfusedDose;

/** DOSE-1: the infused dose is the sum of the CAR+ T cells of the bags infused (a bag not infused gives none). */
@ApplicationScoped
public class InfusedBagsDose implements InfusedDose {

    @Override
    public BigDecimal millions(long courseId) {
        return BagRecord.infused(courseId).stream().map(r -> r.bag().carTE6).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

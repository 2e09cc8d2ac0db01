package org.cartflow.infusion;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import org.cartflow.kernel.InfusedDose;

/** DOSE-1: the infused dose is the sum of the CAR+ T cells of the bags infused (a bag not infused gives none). */
@ApplicationScoped
public class InfusedBagsDose implements InfusedDose {

    @Override
    public BigDecimal millions(long courseId) {
        return millions(BagRecord.infused(courseId));
    }

    /** The CAR+ T cells (x 10^6) of these infused bags, for a caller that has them loaded already. */
    public static BigDecimal millions(List<BagRecord> infused) {
        return infused.stream().map(r -> r.bag().carTE6).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

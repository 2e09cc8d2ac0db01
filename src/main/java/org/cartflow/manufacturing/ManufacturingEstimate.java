package org.cartflow.manufacturing;

import java.time.LocalDate;
import org.cartflow.common.Texts;

/**
 * MFG-INFO: expected shipment and infusion dates from the KarMMa medians (leukapheresis to shipment 32 days, range
 * 24-55; to infusion 40 days, range 33-79), counted from the collection date in the hospital's zone.
 */
public record ManufacturingEstimate(String ruleId, String basis, LocalDate collectedOn, DateRange shipment,
        DateRange infusion) {

    public record DateRange(LocalDate earliest, LocalDate median, LocalDate latest) {
    }

    public static ManufacturingEstimate from(LocalDate collectedOn) {
        return new ManufacturingEstimate("MFG-INFO",
                Texts.of(ManufacturingText.class).estimateBasis(),
                collectedOn,
                new DateRange(collectedOn.plusDays(24), collectedOn.plusDays(32), collectedOn.plusDays(55)),
                new DateRange(collectedOn.plusDays(33), collectedOn.plusDays(40), collectedOn.plusDays(79)));
    }
}

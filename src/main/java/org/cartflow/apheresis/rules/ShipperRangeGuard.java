package org.cartflow.apheresis.rules;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.List;
import org.cartflow.apheresis.ApheresisText;
import org.cartflow.apheresis.ColdChainShipment;
import org.cartflow.common.Texts;
import org.cartflow.kernel.CommandGuard;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard.Finding;

/** APH-3 when a shipper is packed: its set range lies within 2-8 C. */
@Singleton
@Enforces("APH-3")
public class ShipperRangeGuard implements CommandGuard<ShipperRangeGuard.Facts> {

    public record Facts(BigDecimal setLowC, BigDecimal setHighC) {
    }

    @Override
    public List<Finding> check(Facts f) {
        if (f.setLowC().compareTo(ColdChainShipment.LOW_C) >= 0 && f.setHighC().compareTo(ColdChainShipment.HIGH_C) <= 0) {
            return List.of();
        }
        return List.of(new Finding("APH-3", Texts.of(ApheresisText.class).boxSetOutsideRange(f.setLowC(), f.setHighC())));
    }
}

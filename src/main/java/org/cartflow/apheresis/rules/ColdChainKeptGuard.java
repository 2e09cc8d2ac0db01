package org.cartflow.apheresis.rules;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.apheresis.ApheresisCollection;
import org.cartflow.apheresis.ApheresisText;
import org.cartflow.apheresis.ColdChainShipment;
import org.cartflow.apheresis.ExcursionDecision;
import org.cartflow.apheresis.TemperatureReading;
import org.cartflow.common.HospitalTime;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.Guard;
import org.cartflow.kernel.GuardContext;

/**
 * APH-3: the apheresis product went to manufacturing in a 2-8 °C box, and every excursion outside 2-8 °C has a
 * documented decision releasing it to manufacturing.
 */
@Singleton
@Enforces("APH-3")
public class ColdChainKeptGuard implements Guard {

    @Override
    public List<Finding> check(GuardContext ctx) {
        var text = Texts.of(ApheresisText.class);
        var collection = ApheresisCollection.latest(ctx.courseId()).orElse(null);
        if (collection == null) {
            return List.of(new Finding("APH-3", text.noCollectionNoShipment()));
        }
        var shipment = ColdChainShipment.ofCollection(collection.id).orElse(null);
        if (shipment == null) {
            return List.of(new Finding("APH-3", text.recordPacking(collection.din)));
        }
        List<Finding> out = new ArrayList<>();
        for (TemperatureReading r : TemperatureReading.ofShipment(shipment.id)) {
            if (!r.excursion) {
                continue;
            }
            if (r.decision == null) {
                out.add(new Finding("APH-3", text.excursionUndecided(r.celsius, HospitalTime.of(r.measuredAt, ctx.course().zone()), r.id)));
            } else if (r.decision == ExcursionDecision.DO_NOT_USE) {
                out.add(new Finding("APH-3", text.excursionDoNotUse(r.id)));
            }
        }
        return out;
    }
}

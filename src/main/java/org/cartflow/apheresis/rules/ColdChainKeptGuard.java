package org.cartflow.apheresis.rules;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.apheresis.ApheresisCollection;
import org.cartflow.apheresis.ApheresisFactsLoader;
import org.cartflow.apheresis.ApheresisText;
import org.cartflow.apheresis.ColdChainShipment;
import org.cartflow.apheresis.ExcursionDecision;
import org.cartflow.apheresis.TemperatureReading;
import org.cartflow.common.HospitalTime;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Enforces;
import org.cartflow.kernel.FactsGuard;
import org.cartflow.kernel.GuardContext;

/**
 * APH-3: the apheresis product went to manufacturing in a 2-8 °C box, and every excursion outside 2-8 °C has a
 * documented decision releasing it to manufacturing.
 */
@Singleton
@Enforces("APH-3")
public class ColdChainKeptGuard extends FactsGuard<ColdChainKeptGuard.Facts> {

    /**
     * @param latest the latest collection, null when none
     * @param shipment its cold-chain shipment, null when not packed
     * @param readings the shipment's temperature readings in time order
     */
    public record Facts(ApheresisCollection latest, ColdChainShipment shipment, List<TemperatureReading> readings,
            ZoneId zone) {
    }

    @Inject
    ApheresisFactsLoader loader;

    @Override
    protected Facts facts(GuardContext ctx) {
        ApheresisCollection latest = loader.collections(ctx).latest();
        ColdChainShipment shipment = latest == null ? null : loader.shipmentOf(latest).orElse(null);
        return new Facts(latest, shipment, shipment == null ? List.of() : loader.readingsOf(shipment),
                ctx.course().zone());
    }

    @Override
    public List<Finding> check(Facts f) {
        var text = Texts.of(ApheresisText.class);
        if (f.latest() == null) {
            return List.of(new Finding("APH-3", text.noCollectionNoShipment()));
        }
        if (f.shipment() == null) {
            return List.of(new Finding("APH-3", text.recordPacking(f.latest().din)));
        }
        List<Finding> out = new ArrayList<>();
        for (TemperatureReading r : f.readings()) {
            if (!r.excursion) {
                continue;
            }
            if (r.decision == null) {
                out.add(new Finding("APH-3", text.excursionUndecided(r.celsius, HospitalTime.of(r.measuredAt, f.zone()),
                        r.id)));
            } else if (r.decision == ExcursionDecision.DO_NOT_USE) {
                out.add(new Finding("APH-3", text.excursionDoNotUse(r.id)));
            }
        }
        return out;
    }
}

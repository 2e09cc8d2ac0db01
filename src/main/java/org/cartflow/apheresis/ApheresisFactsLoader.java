package org.cartflow.apheresis;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cartflow.kernel.GuardContext;

/**
 * The only code on the apheresis rules' path that reads the database. The course's collections (read by the
 * identity, mobilisation and cold-chain guards of start-manufacturing) are read once per evaluation of a step
 * ({@link GuardContext#facts}).
 */
@ApplicationScoped
public class ApheresisFactsLoader {

    /** The course's collections in the order recorded. */
    public record Collections(List<ApheresisCollection> all) {

        public ApheresisCollection latest() {
            return all.isEmpty() ? null : all.get(all.size() - 1);
        }
    }

    public Collections collections(GuardContext ctx) {
        return ctx.facts(Collections.class, c -> new Collections(ApheresisCollection.ofCourse(c.courseId())));
    }

    public Map<InfectionMarker, InfectionTest> infectionTests(GuardContext ctx) {
        return InfectionTest.current(ctx.courseId());
    }

    public Optional<LeukapheresisConsent> consent(GuardContext ctx) {
        return LeukapheresisConsent.current(ctx.courseId());
    }

    public Optional<ColdChainShipment> shipmentOf(ApheresisCollection collection) {
        return ColdChainShipment.ofCollection(collection.id);
    }

    public List<TemperatureReading> readingsOf(ColdChainShipment shipment) {
        return TemperatureReading.ofShipment(shipment.id);
    }
}

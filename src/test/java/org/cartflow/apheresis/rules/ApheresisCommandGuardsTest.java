package org.cartflow.apheresis.rules;

import static org.cartflow.kernel.GuardAssert.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** AUTOLOGOUS-1 and APH-3 on the apheresis commands, over their facts. Plain JUnit. */
class ApheresisCommandGuardsTest {

    @Test
    void autologous1ACollectionKeepsTheCoursesChainOfIdentityAndNoOtherCourseHoldsIt() {
        var g = new CollectionIdentityGuard();
        assertEquals(List.of(), ids(g, new CollectionIdentityGuard.Facts("COI-1", null, null)));
        assertEquals(List.of(), ids(g, new CollectionIdentityGuard.Facts("COI-1", "COI-1", null)));
        assertEquals(List.of("AUTOLOGOUS-1"), ids(g, new CollectionIdentityGuard.Facts("COI-2", "COI-1", null)));
        assertEquals(List.of("AUTOLOGOUS-1"), ids(g, new CollectionIdentityGuard.Facts("COI-1", null, 42L)));
    }

    @Test
    void aph3TheShipperIsSetWithin2To8C() {
        var g = new ShipperRangeGuard();
        assertEquals(List.of(), ids(g, facts("2.0", "8.0")));
        assertEquals(List.of("APH-3"), ids(g, facts("1.9", "8.0")));
        assertEquals(List.of("APH-3"), ids(g, facts("2.0", "8.1")));
    }

    private static ShipperRangeGuard.Facts facts(String low, String high) {
        return new ShipperRangeGuard.Facts(new BigDecimal(low), new BigDecimal(high));
    }
}

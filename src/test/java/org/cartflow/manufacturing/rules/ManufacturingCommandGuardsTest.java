package org.cartflow.manufacturing.rules;

import static org.cartflow.kernel.GuardAssert.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cartflow.manufacturing.RunSource;
import org.junit.jupiter.api.Test;

/** MFG-1, MFG-2 and AUTOLOGOUS-1 on the manufacturing commands, over their facts. Plain JUnit. */
class ManufacturingCommandGuardsTest {

    private static final java.math.BigDecimal MINIMUM = new java.math.BigDecimal("280");

    @Test
    void mfg1OneSecondRunAfterAFailedOrUnderDoseRun() {
        var g = new SecondRunOrderGuard();
        assertEquals(List.of(), ids(g, new SecondRunOrderGuard.Facts(1, 1, true, MINIMUM)));
        assertEquals(List.of("MFG-1"), ids(g, new SecondRunOrderGuard.Facts(1, 1, false, MINIMUM)));
        assertEquals(List.of("MFG-1"), ids(g, new SecondRunOrderGuard.Facts(2, 2, true, MINIMUM)));
    }

    @Test
    void autologous1TheRunStartsFromThisCoursesMaterial() {
        var g = new StartingMaterialIdentityGuard();
        assertEquals(List.of(), ids(g, new StartingMaterialIdentityGuard.Facts(List.of(), "W1", RunSource.NEW_COLLECTION,
                "W1")));
        assertEquals(List.of("AUTOLOGOUS-1"), ids(g, new StartingMaterialIdentityGuard.Facts(List.of(), "W1",
                RunSource.NEW_COLLECTION, "W2")));
        assertEquals(List.of("AUTOLOGOUS-1", "AUTOLOGOUS-1"), ids(g, new StartingMaterialIdentityGuard.Facts(
                List.of("COI differs", "DIN differs"), "W1", RunSource.ORIGINAL_COLLECTION, "W1")));
    }

    @Test
    void mfg2AnOutOfSpecificationProductIsAcceptedOnlyAfterItsDeviationReview() {
        var g = new DeviationReviewedFirstGuard();
        assertEquals(List.of(), ids(g, new DeviationReviewedFirstGuard.Facts(true)));
        assertEquals(List.of("MFG-2"), ids(g, new DeviationReviewedFirstGuard.Facts(false)));
    }
}

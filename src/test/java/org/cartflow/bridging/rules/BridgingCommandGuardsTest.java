package org.cartflow.bridging.rules;

import static org.cartflow.kernel.GuardAssert.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** BRG-1 and BRG-2 on the bridging commands, over their facts, at the 14-day washout. Plain JUnit. */
class BridgingCommandGuardsTest {

    private static final LocalDate DAY1 = LocalDate.of(2026, 3, 20);
    /** BRG-2's washout in both Japanese profiles. */
    private static final int WASHOUT = org.cartflow.bridging.BridgingDose.washoutDays(
            new org.cartflow.rules.LabelProfiles().get("abecma-jp-2023-12-06"));

    @Test
    void brg1ADrugOfAClassTheProtocolDoesNotNameNeedsAPhysiciansReason() {
        var g = new BridgingDoseGuard();
        assertEquals(List.of(), ids(g, dose(true, false, DAY1.minusDays(30), false)));
        assertEquals(List.of("BRG-1"), ids(g, dose(false, false, DAY1.minusDays(30), false)));
        assertEquals(List.of(), ids(g, dose(false, true, DAY1.minusDays(30), false)));
    }

    @Test
    void brg2ALastDoseAtLeast14DaysBeforeThePlannedLdDay1() {
        var g = new BridgingDoseGuard();
        assertEquals(List.of(), ids(g, dose(true, false, DAY1.minusDays(14), false)));
        assertEquals(List.of("BRG-2"), ids(g, dose(true, false, DAY1.minusDays(13), false)));
        assertEquals(List.of(), ids(g, dose(true, false, DAY1.minusDays(13), true)), "accepted with a reason");
        assertEquals(List.of(), ids(g, new BridgingDoseGuard.Facts("dexamethasone", true, false, DAY1, null, false,
                WASHOUT)), "no LD day planned yet");
        assertEquals(14, WASHOUT);
        assertEquals(14, org.cartflow.bridging.BridgingDose.washoutDays(
                new org.cartflow.rules.LabelProfiles().get("abecma-jp-2022")));
        // the guard reads the washout from its facts, not from a constant
        assertEquals(List.of(), ids(g, new BridgingDoseGuard.Facts("drug", true, false, DAY1.minusDays(13), DAY1,
                false, 13)));
    }

    private static BridgingDoseGuard.Facts dose(boolean named, boolean classOverride, LocalDate lastDose,
            boolean washoutOverride) {
        return new BridgingDoseGuard.Facts("drug", named, classOverride, lastDose, DAY1, washoutOverride, WASHOUT);
    }

    @Test
    void brg2LdDay1NotPlannedBeforeTheWashoutEnds() {
        var g = new LdPlanWashoutGuard();
        assertEquals(List.of(), ids(g, new LdPlanWashoutGuard.Facts(DAY1, DAY1, false)));
        assertEquals(List.of("BRG-2"), ids(g, new LdPlanWashoutGuard.Facts(DAY1, DAY1.plusDays(1), false)));
        assertEquals(List.of(), ids(g, new LdPlanWashoutGuard.Facts(DAY1, DAY1.plusDays(1), true)));
        assertEquals(List.of(), ids(g, new LdPlanWashoutGuard.Facts(DAY1, null, false)), "no bridging dose");
    }
}

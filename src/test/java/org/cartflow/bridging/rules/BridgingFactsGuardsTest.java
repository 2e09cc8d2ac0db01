package org.cartflow.bridging.rules;

import static org.cartflow.kernel.GuardAssert.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.cartflow.bridging.BridgingClass;
import org.cartflow.bridging.BridgingDose;
import org.cartflow.bridging.LdPlan;
import org.junit.jupiter.api.Test;

/** BRG-1 and BRG-2 at start-lymphodepletion as transition guards over their facts, at the 14-day washout. */
class BridgingFactsGuardsTest {

    private static final LocalDate DAY1 = LocalDate.of(2026, 6, 1);

    private static BridgingDose dose(BridgingClass drugClass, LocalDate lastDoseOn) {
        BridgingDose d = new BridgingDose();
        d.drug = "drug";
        d.drugClass = drugClass;
        d.lastDoseOn = lastDoseOn;
        return d;
    }

    @Test
    void brg1EveryDoseOfANamedClassOrOverridden() {
        var g = new AllowedBridgingClassGuard();
        assertEquals(List.of(), ids(g, new AllowedBridgingClassGuard.Facts(List.of(
                dose(BridgingClass.CORTICOSTEROID, DAY1), dose(BridgingClass.PROTEASOME_INHIBITOR, DAY1)))));
        BridgingDose other = dose(BridgingClass.OTHER, DAY1);
        assertEquals(List.of("BRG-1"), ids(g, new AllowedBridgingClassGuard.Facts(List.of(other))));
        other.classOverrideReason = "venetoclax for t(11;14), physician's decision";
        assertEquals(List.of(), ids(g, new AllowedBridgingClassGuard.Facts(List.of(other))));
    }

    @Test
    void brg2TheLastDoseAtLeastTheWashoutBeforeLdDay1() {
        var g = new BridgingWashoutGuard();
        var ok = dose(BridgingClass.CORTICOSTEROID, DAY1.minusDays(14));
        var late = dose(BridgingClass.CORTICOSTEROID, DAY1.minusDays(13));
        assertEquals(List.of(), ids(g, new BridgingWashoutGuard.Facts(List.of(ok), null, DAY1, 14)));
        assertEquals(List.of("BRG-2"), ids(g, new BridgingWashoutGuard.Facts(List.of(late), null, DAY1, 14)));
        assertEquals(List.of(), ids(g, new BridgingWashoutGuard.Facts(List.of(late), null, DAY1, 13)),
                "the washout comes from the facts");
        late.washoutOverrideReason = "accepted: progressing disease";
        assertEquals(List.of(), ids(g, new BridgingWashoutGuard.Facts(List.of(late), null, DAY1, 14)));
        LdPlan accepted = new LdPlan();
        accepted.washoutOverrideReason = "plan accepted by the physician";
        assertEquals(List.of(), ids(g, new BridgingWashoutGuard.Facts(List.of(dose(BridgingClass.CORTICOSTEROID,
                DAY1.minusDays(1))), accepted, DAY1, 14)));
        assertEquals(List.of(), ids(g, new BridgingWashoutGuard.Facts(List.of(), null, DAY1, 14)), "no bridging");
    }
}

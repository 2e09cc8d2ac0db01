package org.cartflow.manufacturing.rules;

import static org.cartflow.kernel.GuardAssert.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.cartflow.apheresis.ChainOfIdentity;
import org.cartflow.manufacturing.ManufacturingOrder;
import org.cartflow.manufacturing.ManufacturingStatus;
import org.cartflow.manufacturing.RunSource;
import org.cartflow.rules.LabelProfiles;
import org.junit.jupiter.api.Test;

/** AUTOLOGOUS-1, MFG-1 and MFG-2 as transition guards over their facts, at the profile's minimum dose. Plain JUnit. */
class ManufacturingFactsGuardsTest {

    private static final BigDecimal MINIMUM = ManufacturingOrder.minimumYieldE6(
            new LabelProfiles().get("abecma-jp-2023-12-06"));

    private static ManufacturingOrder run(int number, ManufacturingStatus status, String yieldE6, RunSource source) {
        ManufacturingOrder o = new ManufacturingOrder();
        o.runNumber = number;
        o.status = status;
        o.carTYieldE6 = yieldE6 == null ? null : new BigDecimal(yieldE6);
        o.source = source;
        o.coiId = "COI-1";
        o.din = "A999926123456";
        return o;
    }

    @Test
    void mfg1ASecondRunAfterAFailureOrAYieldUnderTheMinimumFromNewOrRetainedMaterial() {
        var g = new SecondRunJustifiedGuard();
        assertEquals(new BigDecimal("280"), MINIMUM);
        var second = run(2, ManufacturingStatus.IN_MANUFACTURING, null, RunSource.NEW_COLLECTION);
        assertEquals(List.of(), ids(g, facts(run(1, ManufacturingStatus.FAILED, null, RunSource.ORIGINAL_COLLECTION), second)));
        assertEquals(List.of(), ids(g, facts(run(1, ManufacturingStatus.SHIPPED, "279", RunSource.ORIGINAL_COLLECTION), second)));
        assertEquals(List.of("MFG-1"), ids(g, facts(run(1, ManufacturingStatus.SHIPPED, "280", RunSource.ORIGINAL_COLLECTION),
                second)), "a run at the minimum dose does not justify another");
        assertEquals(List.of("MFG-1"), ids(g, facts(run(1, ManufacturingStatus.FAILED, null, RunSource.ORIGINAL_COLLECTION),
                run(2, ManufacturingStatus.IN_MANUFACTURING, null, RunSource.ORIGINAL_COLLECTION))));
        assertEquals(List.of(), ids(g, facts(run(1, ManufacturingStatus.FAILED, null, RunSource.ORIGINAL_COLLECTION),
                run(2, ManufacturingStatus.IN_MANUFACTURING, null, RunSource.RETAINED_MATERIAL))));
        assertEquals(List.of("MFG-1"), ids(g, new SecondRunJustifiedGuard.Facts(List.of(
                run(2, ManufacturingStatus.FAILED, null, RunSource.NEW_COLLECTION),
                run(3, ManufacturingStatus.IN_MANUFACTURING, null, RunSource.NEW_COLLECTION)), MINIMUM)), "one second run");
        assertEquals(List.of("MFG-1"), ids(g, new SecondRunJustifiedGuard.Facts(List.of(
                run(1, ManufacturingStatus.FAILED, null, RunSource.ORIGINAL_COLLECTION)), MINIMUM)), "not ordered yet");
        assertEquals(List.of(), ids(g, new SecondRunJustifiedGuard.Facts(List.of(
                run(1, ManufacturingStatus.SHIPPED, "280", RunSource.ORIGINAL_COLLECTION), second), new BigDecimal("281"))),
                "the minimum comes from the facts");
    }

    private static SecondRunJustifiedGuard.Facts facts(ManufacturingOrder first, ManufacturingOrder second) {
        return new SecondRunJustifiedGuard.Facts(List.of(first, second), MINIMUM);
    }

    @Test
    void mfg2AnOutOfSpecificationRunNeedsTheReviewAndThePhysiciansAgreement() {
        var g = new OutOfSpecReleaseGuard();
        var run = run(1, ManufacturingStatus.SHIPPED, "400", RunSource.ORIGINAL_COLLECTION);
        assertEquals(List.of(), ids(g, new OutOfSpecReleaseGuard.Facts(run)));
        run.outOfSpecification = true;
        assertEquals(List.of("MFG-2", "MFG-2"), ids(g, new OutOfSpecReleaseGuard.Facts(run)));
        run.deviationReviewedAt = Instant.parse("2026-03-01T00:00:00Z");
        assertEquals(List.of("MFG-2"), ids(g, new OutOfSpecReleaseGuard.Facts(run)));
        run.physicianAgreedAt = Instant.parse("2026-03-01T01:00:00Z");
        assertEquals(List.of(), ids(g, new OutOfSpecReleaseGuard.Facts(run)));
        assertEquals(List.of(), ids(g, new OutOfSpecReleaseGuard.Facts(null)), "no run: nothing to release");
    }

    @Test
    void autologous1TheRunQuotesThisCoursesIdentity() {
        var g = new ProductMatchesCollectionGuard();
        var identity = new ChainOfIdentity.Identity("COI-1", List.of("A999926123456"));
        var run = run(1, ManufacturingStatus.SHIPPED, "400", RunSource.ORIGINAL_COLLECTION);
        assertEquals(List.of(), ids(g, new ProductMatchesCollectionGuard.Facts(1L, run, identity)));
        run.coiId = "COI-9";
        assertEquals(List.of("AUTOLOGOUS-1"), ids(g, new ProductMatchesCollectionGuard.Facts(1L, run, identity)));
        assertEquals(List.of("AUTOLOGOUS-1"), ids(g, new ProductMatchesCollectionGuard.Facts(1L, null, identity)));
        assertEquals(List.of("AUTOLOGOUS-1"), ids(g, new ProductMatchesCollectionGuard.Facts(1L,
                run(1, ManufacturingStatus.SHIPPED, "400", RunSource.ORIGINAL_COLLECTION), null)), "no chain of identity");
    }
}

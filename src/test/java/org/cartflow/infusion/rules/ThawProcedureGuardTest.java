package org.cartflow.infusion.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.cartflow.infusion.BagInfusion;
import org.cartflow.infusion.BagRecord;
import org.cartflow.kernel.Guard;
import org.cartflow.product.ProductBag;
import org.junit.jupiter.api.Test;

/** INF-1, INF-6 and INF-7 judged after the fact over the infused bags' thaw records (pure part). Plain JUnit. */
class ThawProcedureGuardTest {

    private static final Instant T = Instant.parse("2026-03-10T01:00:00Z");

    private static BagRecord bag(int position, long thawMin, long endMin) {
        ProductBag b = new ProductBag();
        b.position = position;
        b.bagCode = "BAG-" + position;
        b.state = ProductBag.State.INFUSED;
        BagInfusion s = new BagInfusion();
        s.thawStartedAt = T.plusSeconds(thawMin * 60);
        s.thawCompletedAt = s.thawStartedAt.plusSeconds(5 * 60);
        s.thawMethod = "WATER_BATH";
        s.infusionEndedAt = T.plusSeconds(endMin * 60);
        return new BagRecord(b, s);
    }

    private static List<String> ids(List<BagRecord> bags, Instant... premedications) {
        return new ThawProcedureGuard().check(new ThawProcedureGuard.Facts(bags, List.of(premedications))).stream()
                .map(Guard.Finding::ruleId).toList();
    }

    @Test
    void inf1EachThawAfterAPremedicationGivenBeforeIt() {
        assertEquals(List.of(), ids(List.of(bag(1, 0, 30)), T));
        assertEquals(List.of("INF-1"), ids(List.of(bag(1, 0, 30)), T.plusSeconds(1)), "premedication after the thaw");
        assertEquals(List.of("INF-1"), ids(List.of(bag(1, 0, 30))), "none at all");
    }

    @Test
    void inf6NoThawBeforeThePreviousBagEndedAndTheCertificatesOrderIsReviewed() {
        assertEquals(List.of(), ids(List.of(bag(1, 0, 30), bag(2, 30, 60)), T));
        assertEquals(List.of("INF-6"), ids(List.of(bag(1, 0, 30), bag(2, 29, 60)), T));
        assertEquals(List.of("INF-6"), ids(List.of(bag(2, 0, 30), bag(1, 30, 60)), T), "bag 2 thawed before bag 1");
    }

    @Test
    void inf7EveryInfusedBagHasACompleteThawRecord() {
        BagRecord noMethod = bag(1, 0, 30);
        noMethod.steps().thawMethod = null;
        assertEquals(List.of("INF-7"), ids(List.of(noMethod), T));
    }
}

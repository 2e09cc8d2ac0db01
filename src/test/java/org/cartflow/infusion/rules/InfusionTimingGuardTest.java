package org.cartflow.infusion.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.cartflow.infusion.BagInfusion;
import org.cartflow.infusion.BagRecord;
import org.cartflow.infusion.BedsideLimits;
import org.cartflow.infusion.Premedication;
import org.cartflow.kernel.Guard;
import org.cartflow.product.ProductBag;
import org.cartflow.rules.LabelProfiles;
import org.junit.jupiter.api.Test;

/**
 * INF-2, INF-11 and RATE-1 judged after the fact over the infused bags' records (the transition guard's pure part),
 * at each threshold, with the Japanese profile's numbers. Plain JUnit.
 */
class InfusionTimingGuardTest {

    private static final BedsideLimits LIMITS = BedsideLimits.of(new LabelProfiles().get("abecma-jp-2022"));
    private static final Duration GRACE = Duration.ofMinutes(10);
    private static final Instant THAW = Instant.parse("2026-03-10T01:00:00Z");

    private static BagRecord bag(int position, Instant thawStart, Instant start, Instant end, String rate) {
        ProductBag b = new ProductBag();
        b.position = position;
        b.bagCode = "BAG-" + position;
        b.state = ProductBag.State.INFUSED;
        BagInfusion s = new BagInfusion();
        s.thawStartedAt = thawStart;
        s.infusionStartedAt = start;
        s.infusionEndedAt = end;
        s.rateMlMin = rate == null ? null : new BigDecimal(rate);
        return new BagRecord(b, s);
    }

    private static Premedication givenAt(Instant at) {
        Premedication p = new Premedication();
        p.givenAt = at;
        return p;
    }

    private static List<String> ids(List<BagRecord> bags, Premedication premed) {
        return new InfusionTimingGuard().check(new InfusionTimingGuard.Facts(bags, premed, GRACE, LIMITS)).stream()
                .map(Guard.Finding::ruleId).toList();
    }

    private static BagRecord onTime() {
        return bag(1, THAW, THAW.plusSeconds(20 * 60), THAW.plusSeconds(60 * 60), "10");
    }

    @Test
    void inf11EachBagEndedWithinSixtyMinutesOfItsThawStart() {
        Premedication premed = givenAt(THAW.minusSeconds(10 * 60));
        assertEquals(List.of(), ids(List.of(onTime()), premed));
        assertEquals(List.of("INF-11"), ids(List.of(bag(1, THAW, THAW.plusSeconds(20 * 60),
                THAW.plusSeconds(60 * 60 + 1), "10")), premed));
        assertEquals(List.of("INF-11"), ids(List.of(bag(1, THAW, null, null, null)), premed), "no start and end");
    }

    @Test
    void rate1NoBagRanFasterThanTenMlPerMinute() {
        Premedication premed = givenAt(THAW.minusSeconds(10 * 60));
        assertEquals(List.of("RATE-1"), ids(List.of(bag(1, THAW, THAW.plusSeconds(20 * 60), THAW.plusSeconds(30 * 60),
                "10.01")), premed));
        assertEquals(List.of("RATE-1"), ids(List.of(bag(1, THAW, THAW.plusSeconds(20 * 60), THAW.plusSeconds(30 * 60),
                null)), premed), "a rate never measured is not a rate within the label");
    }

    @Test
    void inf2TheFirstBagStartedThirtyToSixtyMinutesAfterPremedication() {
        Instant start = THAW.plusSeconds(20 * 60);
        assertEquals(List.of(), ids(List.of(onTime()), givenAt(start.minusSeconds(30 * 60))));
        assertEquals(List.of(), ids(List.of(onTime()), givenAt(start.minusSeconds(60 * 60))));
        assertEquals(List.of("INF-2"), ids(List.of(onTime()), givenAt(start.minusSeconds(29 * 60))));
        assertEquals(List.of("INF-2"), ids(List.of(onTime()), givenAt(start.minusSeconds(65 * 60))), "grace, no reason");
        BagRecord withReason = onTime();
        withReason.steps().premedicationWindowReason = "patient in the bathroom; started 5 min late";
        assertEquals(List.of(), ids(List.of(withReason), givenAt(start.minusSeconds(65 * 60))), "grace with a reason");
        assertEquals(List.of("INF-2"), ids(List.of(onTime()), null), "no premedication before it");
    }

    @Test
    void inf2TheFirstBagIsTheOneStartedFirstWhateverItsPosition() {
        Instant secondStart = THAW.plusSeconds(90 * 60);
        BagRecord laterBag = bag(1, THAW.plusSeconds(70 * 60), secondStart, secondStart.plusSeconds(10 * 60), "10");
        BagRecord firstBag = onTime();
        firstBag.bag().position = 2;
        Premedication premed = givenAt(firstBag.steps().infusionStartedAt.minusSeconds(40 * 60));
        assertEquals(List.of(), ids(List.of(laterBag, firstBag), premed));
    }
}

package org.cartflow.infusion.rules;

import static org.cartflow.kernel.GuardAssert.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.cartflow.infusion.BagInfusion;
import org.cartflow.infusion.BagRecord;
import org.cartflow.infusion.InfusionFactsLoader.Bags;
import org.cartflow.infusion.InfusionReadiness;
import org.cartflow.infusion.Premedication;
import org.cartflow.product.DoseRange;
import org.cartflow.rules.LabelProfiles;
import org.cartflow.product.ProductBag;
import org.junit.jupiter.api.Test;

/**
 * The confirm-infusion-ready and record-infusion guards that judge over loaded facts (bags with their bedside steps,
 * the latest infusion-day check, the planned day 0, tocilizumab on hand, earlier infusions), both ways. Plain JUnit.
 */
class InfusionFactsGuardsTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 8);
    private static final Instant AT = Instant.parse("2026-06-08T01:00:00Z");

    private static BagRecord bag(int position, ProductBag.State state, boolean completeSteps) {
        ProductBag b = new ProductBag();
        b.id = (long) position;
        b.position = position;
        b.bagCode = "BAG-" + position;
        b.state = state;
        BagInfusion s = new BagInfusion();
        if (completeSteps) {
            s.identityCosignedAt = s.inspectedAt = s.lineSetUpAt = s.bedsideCheckedAt = s.backPrimedAt = AT;
            s.disposedAt = AT;
        }
        return new BagRecord(b, s);
    }

    @Test
    void inf12EveryBagInfusedOrDiscardedAndAtLeastOneInfused() {
        var g = new EveryBagAccountedGuard();
        assertEquals(List.of(), ids(g, new Bags(List.of(bag(1, ProductBag.State.INFUSED, true),
                bag(2, ProductBag.State.DISCARDED, true)))));
        assertEquals(List.of("INF-12"), ids(g, new Bags(List.of(
                bag(1, ProductBag.State.INFUSED, true), bag(2, ProductBag.State.STORED, false)))));
        assertEquals(List.of("INF-12"), ids(g, new Bags(List.of(
                bag(1, ProductBag.State.DISCARDED, true)))), "nothing infused");
    }

    @Test
    void inf4Inf5Inf8Inf9Inf10EveryInfusedBagHasItsBedsideSteps() {
        List<BagRecord> done = List.of(bag(1, ProductBag.State.INFUSED, true), bag(2, ProductBag.State.DISCARDED, false));
        List<BagRecord> bare = List.of(bag(1, ProductBag.State.INFUSED, false));
        assertEquals(List.of(), ids(new IdentityCheckedTwiceGuard(), new Bags(done)),
                "a discarded bag needs no bedside identity check");
        assertEquals(List.of("INF-4", "INF-9"), ids(new IdentityCheckedTwiceGuard(),
                new Bags(bare)));
        assertEquals(List.of(), ids(new IntactBagsOnlyGuard(), new Bags(done)));
        assertEquals(List.of("INF-5"), ids(new IntactBagsOnlyGuard(), new Bags(bare)));
        BagRecord damaged = bag(1, ProductBag.State.INFUSED, true);
        damaged.bag().neverInfusable = true;
        assertEquals(List.of("INF-5"), ids(new IntactBagsOnlyGuard(), new Bags(List.of(damaged))));
        assertEquals(List.of(), ids(new LineProcedureGuard(), new Bags(done)));
        assertEquals(List.of("INF-8", "INF-10"), ids(new LineProcedureGuard(), new Bags(bare)));
    }

    @Test
    void inf13EveryUsedOrDiscardedBagDisposedOf() {
        var g = new LeftoversDisposedGuard();
        assertEquals(List.of(), ids(g, new Bags(List.of(bag(1, ProductBag.State.INFUSED, true),
                bag(2, ProductBag.State.STORED, false)))), "a bag still stored is not waste yet");
        assertEquals(List.of("INF-13"), ids(g, new Bags(List.of(
                bag(1, ProductBag.State.DISCARDED, false)))));
    }

    private static InfusionReadiness check(Instant performedAt) {
        InfusionReadiness r = new InfusionReadiness();
        r.performedAt = performedAt;
        r.emergencyMeasuresReady = true;
        return r;
    }

    @Test
    void delay1And2ATodaysCheckInTheHospitalsZoneWithoutFindings() {
        var g = new SameDayClinicalCheckGuard();
        Instant midnight = ZonedDateTime.of(TODAY.atStartOfDay(), TOKYO).toInstant();
        assertEquals(List.of(), ids(g, new SameDayClinicalCheckGuard.Facts(1L, check(midnight), TODAY, TOKYO)));
        assertEquals(List.of("DELAY-1"), ids(g, new SameDayClinicalCheckGuard.Facts(1L, check(midnight.minusSeconds(1)),
                TODAY, TOKYO)), "yesterday 23:59:59 in Tokyo");
        InfusionReadiness fever = check(midnight);
        fever.activeInfection = true;
        assertEquals(List.of("DELAY-2"), ids(g, new SameDayClinicalCheckGuard.Facts(1L, fever, TODAY, TOKYO)));
        assertEquals(List.of("DELAY-1"), ids(g, new SameDayClinicalCheckGuard.Facts(1L, null, TODAY, TOKYO)));
    }

    @Test
    void inf2AnaphylaxisMeasuresReady() {
        assertEquals(List.of(), ids(new AnaphylaxisReadyGuard(), new AnaphylaxisReadyGuard.Facts(true)));
        assertEquals(List.of("INF-2"), ids(new AnaphylaxisReadyGuard(), new AnaphylaxisReadyGuard.Facts(false)));
    }

    @Test
    void ld1NotBeforeThePlannedDayZero() {
        var g = new NotBeforePlannedDayZeroGuard();
        assertEquals(List.of(), ids(g, new NotBeforePlannedDayZeroGuard.Facts(TODAY, TODAY)));
        assertEquals(List.of("LD-1"), ids(g, new NotBeforePlannedDayZeroGuard.Facts(TODAY.plusDays(1), TODAY)));
        assertEquals(List.of(), ids(g, new NotBeforePlannedDayZeroGuard.Facts(null, TODAY)), "VerifiedLdOrderGuard's case");
    }

    @Test
    void inf3TocilizumabOnHandAtTheSitesMinimum() {
        var g = new TocilizumabOnHandGuard();
        assertEquals(List.of(), ids(g, new TocilizumabOnHandGuard.Facts(1L, 1, 1)));
        assertEquals(List.of("INF-3"), ids(g, new TocilizumabOnHandGuard.Facts(1L, 0, 1)));
        assertEquals(List.of("INF-3"), ids(g, new TocilizumabOnHandGuard.Facts(1L, 1, 2)), "a site asking for two");
        assertEquals(List.of(), ids(g, new TocilizumabOnHandGuard.Facts(1L, 2, 2)));
    }

    @Test
    void noreuse1NeitherThisNorAnotherCourseOfThePatientInfused() {
        var g = new NeverInfusedBeforeGuard();
        assertEquals(List.of(), ids(g, new NeverInfusedBeforeGuard.Facts(false, List.of())));
        assertEquals(List.of("NOREUSE-1"), ids(g, new NeverInfusedBeforeGuard.Facts(true, List.of())));
        assertEquals(List.of("NOREUSE-1"), ids(g, new NeverInfusedBeforeGuard.Facts(false, List.of(7L))));
    }

    @Test
    void dose1InfusedDoseBelowTheProfilesRangeIsAFinding() {
        var g = new InfusedDoseGuard();
        DoseRange range = DoseRange.of(new LabelProfiles().get("abecma-jp-2022"));
        assertEquals(List.of(), ids(g, new InfusedDoseGuard.Facts(new BigDecimal("280"), range)), "the minimum itself");
        assertEquals(List.of("DOSE-1"), ids(g, new InfusedDoseGuard.Facts(new BigDecimal("279.9"), range)));
        assertEquals(List.of(), ids(g, new InfusedDoseGuard.Facts(BigDecimal.ZERO, range)),
                "nothing infused is INF-12's finding, not a dose");
    }

    @Test
    void ld1Delay1Delay2ALaterDayNeedsARecordedDelayThatIsNotStale() {
        var g = new DelayRecordedAfterDayZeroGuard();
        LocalDate day0 = TODAY.minusDays(1);
        assertEquals(List.of(), ids(g, new DelayRecordedAfterDayZeroGuard.Facts(TODAY, TODAY, null, null, 7)),
                "on day 0 no delay is needed");
        assertEquals(List.of(), ids(g, new DelayRecordedAfterDayZeroGuard.Facts(null, TODAY, null, null, 7)));
        assertEquals(List.of("LD-1"), ids(g, new DelayRecordedAfterDayZeroGuard.Facts(day0, TODAY, null, null, 7)));
        assertEquals(List.of(), ids(g, new DelayRecordedAfterDayZeroGuard.Facts(day0, TODAY, TODAY.minusDays(7), "dr",
                7)), "recorded 7 days ago: still current");
        assertEquals(List.of("LD-1"), ids(g, new DelayRecordedAfterDayZeroGuard.Facts(day0, TODAY, TODAY.minusDays(8),
                "dr", 7)), "8 days ago: record it again");
    }

    @Test
    void inf2TheFirstBagIsJudgedByThePremedicationGivenBeforeItsStart() {
        Premedication early = new Premedication();
        early.givenAt = AT.minusSeconds(3600);
        Premedication later = new Premedication();
        later.givenAt = AT.plusSeconds(60);
        assertEquals(early, InfusionTimingGuard.before(List.of(early, later), AT));
        assertEquals(early, InfusionTimingGuard.before(List.of(early), early.givenAt), "given at the same instant");
        assertEquals(null, InfusionTimingGuard.before(List.of(later), AT));
    }
}

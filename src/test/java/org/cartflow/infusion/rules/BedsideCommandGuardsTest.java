package org.cartflow.infusion.rules;

import static org.cartflow.kernel.GuardAssert.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.cartflow.infusion.BagInfusion;
import org.cartflow.infusion.BagRecord;
import org.cartflow.infusion.BedsideLimits;
import org.cartflow.infusion.BedsideStep;
import org.cartflow.infusion.Premedication;
import org.cartflow.product.ProductBag;
import org.cartflow.product.ProductBag.State;
import org.cartflow.rules.LabelProfiles;
import org.junit.jupiter.api.Test;

/**
 * The bedside commands' guards over their facts, each way and at its thresholds. Plain JUnit: no container, no
 * database; each test names the rule it is about.
 */
class BedsideCommandGuardsTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Instant NOW = Instant.parse("2026-03-10T01:00:00Z");
    private static final Duration GRACE = Duration.ofMinutes(10);
    /** The numbers of the Japanese label, as its profile holds them. */
    private static final BedsideLimits LIMITS = BedsideLimits.of(new LabelProfiles().get("abecma-jp-2022"));
    private static final BigDecimal TEN = BigDecimal.TEN;

    static ProductBag bag(State state) {
        ProductBag b = new ProductBag();
        b.id = 7L;
        b.position = 1;
        b.bagCode = "BAG-1";
        b.state = state;
        b.volumeMl = new BigDecimal("50");
        return b;
    }

    static Premedication premedication(Instant givenAt, String steroid, boolean emergency) {
        Premedication p = new Premedication();
        p.givenAt = givenAt;
        p.corticosteroid = steroid;
        p.corticosteroidEmergency = emergency;
        return p;
    }

    @Test
    void inf2PremedicationNeedsAcetaminophenAndAnAntihistamine() {
        var g = new PremedicationCompleteGuard();
        assertEquals(List.of(), ids(g, new PremedicationCompleteGuard.Facts(true, true)));
        assertEquals(List.of("INF-2"), ids(g, new PremedicationCompleteGuard.Facts(false, true)));
        assertEquals(List.of("INF-2", "INF-2"), ids(g, new PremedicationCompleteGuard.Facts(false, false)));
    }

    @Test
    void sto1OnlyAStoredBagIsThawed() {
        var g = new StoredBagThawedGuard();
        assertEquals(List.of(), ids(g, new StoredBagThawedGuard.Facts(bag(State.STORED))));
        assertEquals(List.of("STO-1"), ids(g, new StoredBagThawedGuard.Facts(bag(State.QUARANTINED))));
    }

    @Test
    void inf6NoThawWhileAnotherBagIsInUseOrBeforeItEnded() {
        var g = new OneBagAtATimeGuard();
        BagInfusion ended = new BagInfusion();
        ended.infusionEndedAt = NOW;
        var done = new BagRecord(bag(State.INFUSED), ended);
        assertEquals(List.of(), ids(g, new OneBagAtATimeGuard.Facts(List.of(done), NOW, TOKYO)));
        // within the second's tolerance of the other bag's end, not before it
        assertEquals(List.of(), ids(g, new OneBagAtATimeGuard.Facts(List.of(done), NOW.minusMillis(900), TOKYO)));
        assertEquals(List.of("INF-6"), ids(g, new OneBagAtATimeGuard.Facts(List.of(done), NOW.minusSeconds(2), TOKYO)));
        assertEquals(List.of("INF-6"), ids(g, new OneBagAtATimeGuard.Facts(
                List.of(new BagRecord(bag(State.THAWING), null)), NOW, TOKYO)));
    }

    @Test
    void inf1FirstBagThawedOnlyWithinThePremedicationWindowAndGrace() {
        var g = new PremedicatedBeforeThawGuard();
        assertEquals(List.of("INF-1"), ids(g, new PremedicatedBeforeThawGuard.Facts(null, true, GRACE, LIMITS, NOW, TOKYO)));
        Instant latestWithGrace = NOW.minus(Duration.ofMinutes(60)).minus(GRACE);
        assertEquals(List.of(), ids(g, new PremedicatedBeforeThawGuard.Facts(premedication(latestWithGrace, null,
                false), true, GRACE, LIMITS, NOW, TOKYO)));
        assertEquals(List.of("INF-1"), ids(g, new PremedicatedBeforeThawGuard.Facts(premedication(
                latestWithGrace.minusSeconds(1), null, false), true, GRACE, LIMITS, NOW, TOKYO)));
        // a later bag is not held to the first bag's window
        assertEquals(List.of(), ids(g, new PremedicatedBeforeThawGuard.Facts(premedication(
                latestWithGrace.minusSeconds(3600), null, false), false, GRACE, LIMITS, NOW, TOKYO)));
    }

    @Test
    void inf2NoSystemicCorticosteroidOutsideALifeThreateningEmergency() {
        var g = new PremedicatedBeforeThawGuard();
        Instant given = NOW.minusSeconds(40 * 60);
        assertEquals(List.of("INF-2"), ids(g, new PremedicatedBeforeThawGuard.Facts(premedication(given,
                "dexamethasone", false), true, GRACE, LIMITS, NOW, TOKYO)));
        assertEquals(List.of(), ids(g, new PremedicatedBeforeThawGuard.Facts(premedication(given, "dexamethasone",
                true), true, GRACE, LIMITS, NOW, TOKYO)));
    }

    @Test
    void inf7ThawBathFrom36To38C() {
        var g = new ThawBathTemperatureGuard();
        for (String id : List.of("abecma-jp-2022", "abecma-jp-2023-12-06")) {
            var p = new LabelProfiles().get(id);
            int low = p.value("thawBathLowestC");
            int high = p.value("thawBathHighestC");
            assertEquals(List.of(36, 38), List.of(low, high), id + ": about 37 C");
            for (String ok : List.of("36", "37", "38")) {
                assertEquals(List.of(), ids(g, new ThawBathTemperatureGuard.Facts(new BigDecimal(ok), low, high)), ok);
            }
            for (String bad : List.of("35.9", "38.1")) {
                assertEquals(List.of("INF-7"), ids(g, new ThawBathTemperatureGuard.Facts(new BigDecimal(bad), low,
                        high)), bad);
            }
        }
        // the guard reads its range from the facts, not from a constant
        assertEquals(List.of(), ids(g, new ThawBathTemperatureGuard.Facts(new BigDecimal("35.5"), 35, 39)));
    }

    @Test
    void inf7ThawCompleteOnlyWhenCompletelyThawedOrReportedAsMishandled() {
        var g = new CompletelyThawedGuard();
        assertEquals(List.of(), ids(g, new CompletelyThawedGuard.Facts(true, false)));
        assertEquals(List.of(), ids(g, new CompletelyThawedGuard.Facts(false, true)));
        assertEquals(List.of("INF-7"), ids(g, new CompletelyThawedGuard.Facts(false, false)));
    }

    @Test
    void inf11NothingMoreSixtyMinutesAfterTheThawStarted() {
        var g = new WithinSixtyMinutesOfThawGuard();
        BagInfusion s = new BagInfusion();
        s.thawStartedAt = NOW.minusSeconds(60 * 60);
        assertEquals(List.of(), ids(g, new WithinSixtyMinutesOfThawGuard.Facts(bag(State.THAWING), s, LIMITS, NOW, TOKYO)));
        assertEquals(List.of("INF-11"), ids(g, new WithinSixtyMinutesOfThawGuard.Facts(bag(State.THAWING), s, LIMITS,
                NOW.plusSeconds(1), TOKYO)));
        assertEquals(List.of(), ids(g, new WithinSixtyMinutesOfThawGuard.Facts(bag(State.STORED), null, LIMITS, NOW, TOKYO)));
    }

    @Test
    void inf8AndInf10LinePrimedWithSalineWithoutALeukocyteFilter() {
        var g = new LinePrimingGuard();
        assertEquals(List.of(), ids(g, new LinePrimingGuard.Facts(true, false)));
        assertEquals(List.of("INF-10"), ids(g, new LinePrimingGuard.Facts(false, false)));
        assertEquals(List.of("INF-8"), ids(g, new LinePrimingGuard.Facts(true, true)));
    }

    @Test
    void inf9TypedBedsideCheckNeedsAReason() {
        var g = new BedsideScanGuard();
        assertEquals(List.of(), ids(g, new BedsideScanGuard.Facts(false, false)));
        assertEquals(List.of(), ids(g, new BedsideScanGuard.Facts(true, true)));
        assertEquals(List.of("INF-9"), ids(g, new BedsideScanGuard.Facts(true, false)));
    }

    @Test
    void inf4AndInf9EveryMismatchIsAStopUnderTheCheckStepsRule() {
        var g = new LabelsMatchGuard();
        assertEquals(List.of(), ids(g, new LabelsMatchGuard.Facts(BedsideStep.IDENTITY_CHECK, List.of())));
        assertEquals(List.of("INF-4", "INF-4"), ids(g, new LabelsMatchGuard.Facts(BedsideStep.IDENTITY_CHECK,
                List.of("name", "birth date"))));
        assertEquals(List.of("INF-9"), ids(g, new LabelsMatchGuard.Facts(BedsideStep.BEDSIDE_IDENTITY_CHECK,
                List.of("wristband"))));
    }

    @Test
    void inf4AndInf9TwoPersonChecksNeedTwoPeople() {
        var g = new TwoPeopleGuard();
        assertEquals(List.of(), ids(g, new TwoPeopleGuard.Facts(BedsideStep.IDENTITY_COSIGN, "nurse1", "nurse2")));
        assertEquals(List.of("INF-4"), ids(g, new TwoPeopleGuard.Facts(BedsideStep.IDENTITY_COSIGN, "nurse1",
                "nurse1")));
        assertEquals(List.of("INF-9"), ids(g, new TwoPeopleGuard.Facts(BedsideStep.BEDSIDE_IDENTITY_COSIGN, "nurse1",
                "nurse1")));
    }

    @Test
    void inf2FirstBagStartsThirtyToSixtyMinutesAfterPremedicationOrInTheGraceWithAReason() {
        var g = new PremedicationWindowGuard();
        for (long minutes : List.of(30L, 60L)) {
            assertEquals(List.of(), ids(g, window(NOW.minusSeconds(minutes * 60), false)), minutes + " min");
        }
        assertEquals(List.of("INF-2"), ids(g, window(NOW.minusSeconds(29 * 60 + 59), false)));
        assertEquals(List.of("INF-2"), ids(g, window(NOW.minusSeconds(61 * 60), false)), "grace needs a reason");
        assertEquals(List.of(), ids(g, window(NOW.minusSeconds(70 * 60), true)), "end of the grace, with a reason");
        assertEquals(List.of("INF-2"), ids(g, window(NOW.minusSeconds(70 * 60 + 1), true)), "past the grace");
        assertEquals(List.of("INF-2"), ids(g, new PremedicationWindowGuard.Facts(null, true, GRACE, false, LIMITS, NOW, TOKYO)));
        assertEquals(List.of(), ids(g, new PremedicationWindowGuard.Facts(premedication(NOW.minusSeconds(3 * 3600),
                null, false), false, GRACE, false, LIMITS, NOW, TOKYO)), "a later bag");
    }

    private static PremedicationWindowGuard.Facts window(Instant givenAt, boolean reason) {
        return new PremedicationWindowGuard.Facts(premedication(givenAt, null, false), true, GRACE, reason, LIMITS, NOW,
                TOKYO);
    }

    @Test
    void rate1PumpSetAtNoMoreThanTenMlPerMinute() {
        var g = new PumpRateGuard();
        assertEquals(List.of(), ids(g, new PumpRateGuard.Facts(new BigDecimal("10"), TEN)));
        assertEquals(List.of("RATE-1"), ids(g, new PumpRateGuard.Facts(new BigDecimal("10.01"), TEN)));
    }

    @Test
    void rate1BagVolumeOverItsInfusionTimeAtMostTenMlPerMinute() {
        var g = new InfusionDurationGuard();
        BigDecimal fiftyMl = new BigDecimal("50");
        assertEquals(List.of(), ids(g, new InfusionDurationGuard.Facts(fiftyMl, NOW, NOW.plusSeconds(300), TEN,
                TOKYO)));
        assertEquals(List.of("RATE-1"), ids(g, new InfusionDurationGuard.Facts(fiftyMl, NOW, NOW.plusSeconds(299),
                TEN, TOKYO)));
        assertEquals(List.of("RATE-1"), ids(g, new InfusionDurationGuard.Facts(fiftyMl, NOW, NOW, TEN, TOKYO)));
    }

    @Test
    void inf13DisposedAsInfectiousWasteOnceAccountedFor() {
        assertEquals(List.of(), ids(new InfectiousWasteGuard(), new InfectiousWasteGuard.Facts(true)));
        assertEquals(List.of("INF-13"), ids(new InfectiousWasteGuard(), new InfectiousWasteGuard.Facts(false)));
        var g = new BagUsableGuard();
        assertEquals(List.of(), ids(g, new BagUsableGuard.Facts(BedsideStep.DISPOSAL, bag(State.INFUSED))));
        assertEquals(List.of("INF-13"), ids(g, new BagUsableGuard.Facts(BedsideStep.DISPOSAL, bag(State.THAWING))));
    }

    @Test
    void noreuse1AndSto1AnInfusedOrHeldBagIsNotUsed() {
        var g = new BagUsableGuard();
        assertEquals(List.of(), ids(g, new BagUsableGuard.Facts(BedsideStep.THAW_START, bag(State.STORED))));
        assertEquals(List.of("NOREUSE-1"), ids(g, new BagUsableGuard.Facts(BedsideStep.THAW_START,
                bag(State.INFUSED))));
        assertEquals(List.of("STO-1"), ids(g, new BagUsableGuard.Facts(BedsideStep.THAW_START,
                bag(State.QUARANTINED))));
        ProductBag damaged = bag(State.QUARANTINED);
        damaged.notInfusableRule = "INF-5";
        assertEquals(List.of("INF-5"), ids(g, new BagUsableGuard.Facts(BedsideStep.THAW_START, damaged)));
        assertEquals(List.of("NOREUSE-1"), ids(new CourseNotInfusedGuard(), new CourseNotInfusedGuard.Facts(NOW,
                TOKYO)));
        assertEquals(List.of(), ids(new CourseNotInfusedGuard(), new CourseNotInfusedGuard.Facts(null, TOKYO)));
    }

    @Test
    void sto1AnExcursionHoldWaitsForItsDecision() {
        var g = new ExcursionHoldGuard();
        assertEquals(List.of("STO-1"), ids(g, new ExcursionHoldGuard.Facts(bag(State.QUARANTINED))));
        ProductBag damaged = bag(State.QUARANTINED);
        damaged.neverInfusable = true;
        assertEquals(List.of(), ids(g, new ExcursionHoldGuard.Facts(damaged)));
        assertEquals(List.of(), ids(g, new ExcursionHoldGuard.Facts(bag(State.STORED))));
    }

    @Test
    void inf4ToInf13StepsInTheLabelsOrderNamingTheDueStepsRule() {
        var g = new BedsideStepOrderGuard();
        assertEquals(List.of(), ids(g, new BedsideStepOrderGuard.Facts(BedsideStep.IDENTITY_CHECK, bag(State.STORED),
                null)));
        assertEquals(List.of("INF-4"), ids(g, new BedsideStepOrderGuard.Facts(BedsideStep.THAW_START,
                bag(State.STORED), null)));
        BagInfusion s = new BagInfusion();
        s.identityCheckedAt = NOW;
        s.identityCosignedAt = NOW;
        s.inspectedAt = NOW;
        assertEquals(List.of(), ids(g, new BedsideStepOrderGuard.Facts(BedsideStep.THAW_START, bag(State.STORED), s)));
        assertEquals(List.of("INF-13"), ids(g, new BedsideStepOrderGuard.Facts(BedsideStep.THAW_START,
                bag(State.DISCARDED), s)), "a discarded bag goes on to disposal only");
    }

    @Test
    void inf2Inf11Rate1TheNumbersAreTheProfilesAsTheJapaneseLabelWritesThem() {
        for (String id : List.of("abecma-jp-2022", "abecma-jp-2023-12-06")) {
            BedsideLimits l = BedsideLimits.of(new LabelProfiles().get(id));
            assertEquals(Duration.ofMinutes(30), l.premedicationEarliest(), id + " INF-2: 30-60 min before");
            assertEquals(Duration.ofMinutes(60), l.premedicationLatest(), id + " INF-2");
            assertEquals(Duration.ofMinutes(60), l.thawStartToEnd(), id + " INF-11: within 1 hour of thaw start");
            assertEquals(0, l.maxRateMlMin().compareTo(TEN), id + " RATE-1: not above 10 mL/min");
        }
    }

    @Test
    void inf11AndRate1GuardsReadTheirLimitsFromTheFactsNotFromConstants() {
        var longer = new BedsideLimits(Duration.ofMinutes(30), Duration.ofMinutes(60), Duration.ofMinutes(150),
                new BigDecimal("20"));
        BagInfusion s = new BagInfusion();
        s.thawStartedAt = NOW.minusSeconds(90 * 60);
        assertEquals(List.of(), ids(new WithinSixtyMinutesOfThawGuard(), new WithinSixtyMinutesOfThawGuard.Facts(
                bag(State.THAWING), s, longer, NOW, TOKYO)));
        assertEquals(List.of("INF-11"), ids(new WithinSixtyMinutesOfThawGuard(),
                new WithinSixtyMinutesOfThawGuard.Facts(bag(State.THAWING), s, LIMITS, NOW, TOKYO)));
        assertEquals(List.of(), ids(new PumpRateGuard(), new PumpRateGuard.Facts(new BigDecimal("15"),
                longer.maxRateMlMin())));
    }
}

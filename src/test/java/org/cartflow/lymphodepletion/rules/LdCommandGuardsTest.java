package org.cartflow.lymphodepletion.rules;

import static org.cartflow.kernel.GuardAssert.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.cartflow.kernel.CourseState;
import org.cartflow.lymphodepletion.LdAdministration.Drug;
import org.junit.jupiter.api.Test;

/** The lymphodepletion commands' guards over their facts, each way and at its thresholds. Plain JUnit. */
class LdCommandGuardsTest {

    private static final LocalDate DAY1 = LocalDate.of(2026, 3, 10);

    @Test
    void ld2CalculatedAndOrderedFromARecordedAssessment() {
        var g = new AssessmentRecordedGuard();
        assertEquals(List.of(), ids(g, new AssessmentRecordedGuard.Facts(true, true)));
        assertEquals(List.of("LD-2"), ids(g, new AssessmentRecordedGuard.Facts(false, true)));
        assertEquals(List.of("LD-2"), ids(g, new AssessmentRecordedGuard.Facts(false, false)));
    }

    @Test
    void ld2MeasurementsNoOlderThanTheWindowBeforeDay1() {
        var g = new MeasurementsCurrentGuard();
        for (boolean moving : List.of(false, true)) {
            assertEquals(List.of(), ids(g, new MeasurementsCurrentGuard.Facts(DAY1.minusDays(7), 7, DAY1, moving)));
            assertEquals(List.of("LD-2"), ids(g, new MeasurementsCurrentGuard.Facts(DAY1.minusDays(8), 7, DAY1,
                    moving)));
        }
    }

    @Test
    void ld3BelowTheLowestCrClTierFludarabineOnlyWithAReason() {
        var g = new FludarabineTierGuard();
        assertEquals(List.of(), ids(g, new FludarabineTierGuard.Facts(50, true, false, false)));
        assertEquals(List.of("LD-3"), ids(g, new FludarabineTierGuard.Facts(25, false, false, false)));
        assertEquals(List.of("LD-3"), ids(g, new FludarabineTierGuard.Facts(25, false, true, false)));
        assertEquals(List.of(), ids(g, new FludarabineTierGuard.Facts(25, false, true, true)));
    }

    @Test
    void ld1AndLd3PrescribedAgainstRecomputedWithinTheTolerance() {
        var g = new RecomputedDoseGuard();
        assertEquals(List.of(), ids(g, verify("52.5", 50.0, null)), "5 % above at a 5 % tolerance");
        assertEquals(List.of("LD-1"), ids(g, verify("52.6", 50.0, null)), "above beyond the tolerance");
        assertEquals(List.of("LD-1"), ids(g, verify("52.6", 50.0, "frailty")), "above is never verifiable");
        assertEquals(List.of("LD-1"), ids(g, verify("40", 50.0, null)), "a reduction needs the prescriber's reason");
        assertEquals(List.of(), ids(g, verify("40", 50.0, "frailty")), "a deliberate reduction with its reason");
        assertEquals(List.of("LD-3"), ids(g, verify("20", null, null)), "no policy dose and no reason");
        assertEquals(List.of(), ids(g, verify("20", null, "CrCl 25: reduced per haematologist")));
    }

    private static RecomputedDoseGuard.Facts verify(String prescribed, Double recomputed, String reason) {
        return new RecomputedDoseGuard.Facts(List.of(new RecomputedDoseGuard.Dose("fludarabine",
                new BigDecimal(prescribed), recomputed)), reason, 5.0);
    }

    @Test
    void ld1DosesOnlyDuringLymphodepletionAgainstAVerifiedOrder() {
        var g = new LdDoseAllowedGuard();
        assertEquals(List.of(), ids(g, new LdDoseAllowedGuard.Facts(CourseState.LYMPHODEPLETION, true)));
        assertEquals(List.of("LD-1"), ids(g, new LdDoseAllowedGuard.Facts(CourseState.LYMPHODEPLETION, false)));
        assertEquals(List.of("LD-1"), ids(g, new LdDoseAllowedGuard.Facts(CourseState.PRODUCT_RECEIVED, true)));
    }

    @Test
    void delay1AndDelay2NoDoseWhileTheAssessmentReportsWhatPostponesLd() {
        var g = new DelayBeforeDoseGuard();
        assertEquals(List.of(), ids(g, new DelayBeforeDoseGuard.Facts(List.of(), false, false)));
        assertEquals(List.of("DELAY-1"), ids(g, new DelayBeforeDoseGuard.Facts(List.of("cardiac"), false, false)));
        assertEquals(List.of("DELAY-2", "DELAY-2"), ids(g, new DelayBeforeDoseGuard.Facts(List.of(), true, true)));
    }

    @Test
    void ld1ThreeConsecutiveDailyDosesOnTheirScheduledDates() {
        var g = new LdDayOrderGuard();
        assertEquals(List.of(), ids(g, new LdDayOrderGuard.Facts(Drug.FLUDARABINE, 1, false, DAY1, DAY1, 1, false)));
        assertEquals(List.of("LD-1"), ids(g, new LdDayOrderGuard.Facts(Drug.FLUDARABINE, 2, false, DAY1.plusDays(1),
                DAY1.plusDays(1), 1, false)));
        assertEquals(List.of(), ids(g, new LdDayOrderGuard.Facts(Drug.FLUDARABINE, 2, true, DAY1.plusDays(1),
                DAY1.plusDays(1), 1, false)));
        assertEquals(List.of("LD-1"), ids(g, new LdDayOrderGuard.Facts(Drug.FLUDARABINE, 2, true, DAY1.plusDays(1),
                DAY1.plusDays(2), 1, false)));
        // given on another date: recorded once the nurse says why (a deviation, not a refusal)
        var offSchedule = new LdDayOrderGuard.Facts(Drug.FLUDARABINE, 2, true, DAY1.plusDays(1), DAY1.plusDays(2), 1,
                true);
        assertEquals(List.of(), ids(g, offSchedule));
        assertTrue(offSchedule.offSchedule());
        assertEquals(List.of("LD-1"), ids(g, new LdDayOrderGuard.Facts(Drug.FLUDARABINE, 2, false, DAY1.plusDays(1),
                DAY1.plusDays(1), 1, true)), "a reason does not replace recording day 1 first");
    }

    @Test
    void ld1OnceDailyDosesAtLeastTheMinimumHoursApartOrWithAReason() {
        var g = new LdDoseSpacingGuard();
        assertEquals(List.of(), ids(g, new LdDoseSpacingGuard.Facts(Drug.CYCLOPHOSPHAMIDE, Duration.ofHours(20), 20,
                false)));
        assertEquals(List.of("LD-1"), ids(g, new LdDoseSpacingGuard.Facts(Drug.CYCLOPHOSPHAMIDE,
                Duration.ofHours(20).minusMinutes(1), 20, false)));
        assertEquals(List.of(), ids(g, new LdDoseSpacingGuard.Facts(Drug.CYCLOPHOSPHAMIDE, Duration.ofHours(1), 20,
                true)));
        assertEquals(List.of(), ids(g, new LdDoseSpacingGuard.Facts(Drug.CYCLOPHOSPHAMIDE, null, 20, false)));
    }

    @Test
    void ld1MovingDay2Or3AloneIsAPhysiciansDecision() {
        var g = new ConsecutiveLdDaysGuard();
        assertEquals(List.of(), ids(g, new ConsecutiveLdDaysGuard.Facts(1, false)));
        assertEquals(List.of("LD-1"), ids(g, new ConsecutiveLdDaysGuard.Facts(2, false)));
        assertEquals(List.of(), ids(g, new ConsecutiveLdDaysGuard.Facts(3, true)));
    }
}

package org.cartflow.infusion;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.cartflow.kernel.CourseState;
import org.cartflow.kernel.LateEntry;
import org.cartflow.product.ProductBag;

/**
 * Infusion day at a glance: the clinical check, premedication with its 30-60 minute window, tocilizumab on hand,
 * and each bag with its next step and the countdown to its 60-minute limit. Times are instants; seconds are
 * counted from {@code now} so a screen can count down without trusting its own clock.
 */
public record InfusionView(long courseId, long courseVersion, CourseState state, Instant now, String hospitalZone,
        Readiness readiness, PremedicationWindow premedication, Tocilizumab tocilizumab, List<Bag> bags,
        List<Incident> incidents, List<Deviation> deviations, List<LateEntry.View> lateEntries,
        List<Delay> delays) {

    /** DELAY-1/2: a physician's decision to infuse later than the planned day 0 ({@code ruleId} null for OTHER). */
    public record Delay(long id, String cause, String ruleId, String reason, java.time.LocalDate plannedDayZero,
            java.time.LocalDate expectedOn, String recordedBy, Instant recordedAt) {
        static Delay of(InfusionDelay d) {
            return new Delay(d.id, d.cause.name(), d.cause.ruleId(), d.reason, d.plannedDayZero, d.expectedOn,
                    d.recordedBy, d.recordedAt);
        }
    }

    /** A bedside rule found broken when the infusion was recorded; open until a physician reviews it. */
    public record Deviation(long id, String step, String ruleId, String guard, String message, String recordedBy,
            Instant recordedAt, boolean open, String reviewedBy, Instant reviewedAt, String reviewNote) {
        static Deviation of(InfusionDeviation d) {
            return new Deviation(d.id, d.step, d.ruleId, d.guard, d.message, d.recordedBy, d.recordedAt, d.open(),
                    d.reviewedBy, d.reviewedAt, d.reviewNote);
        }
    }

    public record Readiness(Instant performedAt, Instant recordedAt, String recordedBy, boolean today, boolean clear,
            boolean activeInfection, boolean inflammatoryDisease, List<String> seriousAdverseEvents,
            BigDecimal temperatureC, int heartRate, int systolicBp, int diastolicBp, int spo2, int respiratoryRate,
            boolean emergencyMeasuresReady) {
    }

    public record PremedicationWindow(Instant givenAt, String recordedBy, int acetaminophenMg, String antihistamine,
            BigDecimal antihistamineMg, String corticosteroid, boolean corticosteroidEmergency,
            boolean corticosteroidBlocks, Instant earliestStart, Instant latestStart, long secondsUntilEarliestStart,
            long secondsUntilLatestStart, boolean firstBagStarted) {
    }

    public record Tocilizumab(int dosesOnHand, int dosesRequired) {
    }

    public record Step(String step, String ruleId, String by, Instant at) {
    }

    public record Bag(long id, int position, String bagCode, BigDecimal volumeMl, BigDecimal carTCellsMillions,
            ProductBag.State state, boolean neverInfusable, String quarantineReason, String notInfusableRule,
            String notInfusableReason, String nextStep, String nextStepRuleId, List<Step> done,
            Instant thawStartedAt, Instant mustEndBy, Long secondsLeft, Long minutesLeft,
            String thawMethod, BigDecimal pumpRateMlMin, BigDecimal rateMlMin, Instant earliestEnd,
            List<org.cartflow.audit.SignatureView> signatures) {
    }

    public record Incident(long id, long bagId, String ruleId, String step, String mismatches, String recordedBy,
            String recordedRole, Instant recordedAt) {
    }
}

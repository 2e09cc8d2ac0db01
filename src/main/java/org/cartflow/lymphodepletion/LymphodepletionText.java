package org.cartflow.lymphodepletion;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.cartflow.lymphodepletion.LdAdministration.Drug;

/**
 * What the lymphodepletion stage's guards, service and schedule say, in English; Japanese in
 * messages/lymphodepletion_ja.properties. Obtained in the request's language with
 * {@code Texts.of(LymphodepletionText.class)}.
 */
@MessageBundle("lymphodepletion")
public interface LymphodepletionText {

    // ------------------------------------------------------------------ shared wording

    @Message("LD order")
    String ldOrder();

    @Message("fludarabine")
    String fludarabine();

    @Message("cyclophosphamide")
    String cyclophosphamide();

    // ------------------------------------------------------------------ DelayFindings (DELAY-1, DELAY-2)

    @Message("LD")
    String stepLd();

    @Message("pulmonary")
    String saePulmonary();

    @Message("cardiac")
    String saeCardiac();

    @Message("hypotension")
    String saeHypotension();

    @Message("Unresolved serious adverse events ({events}): postpone {step} until recovery, then record a new check.")
    String delaySeriousAdverseEvents(String events, String step);

    @Message("Active infection: postpone {step} until recovery, then record a new check.")
    String delayActiveInfection(String step);

    @Message("Active inflammatory disease: postpone {step} until recovery, then record a new check.")
    String delayInflammatoryDisease(String step);

    // ------------------------------------------------------------------ LdCompleteGuard (LD-1)

    @Message("No verified LD order, so no LD has been given.")
    String noVerifiedOrderSoNoLdGiven();

    @Message("{drug} day {day}")
    String missingDose(Drug drug, int day);

    @Message("LD is not complete; missing: {missing}.")
    String ldIncomplete(String missing);

    // ------------------------------------------------------------------ PreLdAssessmentCurrentGuard (LD-2)

    @Message("Record the pre-LD assessment (measurements, blood counts, findings).")
    String recordPreLdAssessment();

    @Message("Measurements from {oldest} are older than {days} days before LD day 1 ({day1}): record a new assessment.")
    String measurementsOutdated(LocalDate oldest, int days, LocalDate day1);

    // ------------------------------------------------------------------ VerifiedLdOrderGuard (LD-1, LD-3)

    @Message("No verified LD order: a physician prescribes, a second person (pharmacist) verifies the doses.")
    String noVerifiedOrder();

    @Message("The fludarabine dose is above the {tier} renal reduction without a physician's reason.")
    String fludarabineAboveRenalReduction(String tier);

    // ------------------------------------------------------------------ LdRescheduling (plan moves, LD-1, LD-2)

    @Message("move the LD plan")
    String actionMovePlan();

    @Message("Moving LD day {from} leaves a gap after LD day {previousDay} has been given; a physician decides that.")
    String moveLeavesGap(int from, int previousDay);

    @Message("LD days -5, -4, -3 are consecutive; a gap is a physician's decision.")
    String ldDaysConsecutive();

    @Message("The course is {state}; the LD plan moves only until LD has been given.")
    String planMovesOnlyBeforeLdGiven(Object state);

    @Message("Order {orderId} is {status}; only an open order's plan moves.")
    String onlyOpenOrderPlanMoves(long orderId, Object status);

    @Message("Doses of LD day {from} or later are already recorded; move the first LD day that has none.")
    String dosesFromDayAlreadyRecorded(int from);

    @Message("LD day {from} is planned on {previous}; a missed or delayed day moves later")
    String moveOnlyLater(int from, LocalDate previous);

    @Message("in the past; today is {today}")
    String inThePastToday(LocalDate today);

    @Message("The order's measurements from {oldest} would be older than {days} days before LD day 1 on {newDate}. "
            + "Record a new assessment and a new order.")
    String measurementsWouldBeOutdated(LocalDate oldest, int days, LocalDate newDate);

    // ------------------------------------------------------------------ LymphodepletionService: assessment, order

    @Message("record the pre-LD assessment")
    String actionRecordAssessment();

    @Message("Record the pre-LD assessment (height, weight, creatinine) first.")
    String recordAssessmentBeforeCalculation();

    @Message("prescribe LD")
    String actionPrescribe();

    @Message("in the past; LD day 1 is today or later")
    String ldDay1InThePast();

    @Message("Record the pre-LD assessment (height, weight, creatinine, blood counts, findings) first.")
    String recordAssessmentBeforeOrder();

    @Message("Measurements from {oldest} are older than {days} days before LD day 1 ({day1}). Record a new assessment.")
    String measurementsOutdatedForOrder(LocalDate oldest, int days, LocalDate day1);

    @Message("CrCl {crcl} mL/min is below the policy's lowest tier: LD is blocked unless a physician orders an explicit "
            + "fludarabine dose with a reason.")
    String crclBelowLowestTier(double crcl);

    @Message("doses differ from the calculated {fludarabineMg} mg fludarabine / {cyclophosphamideMg} mg "
            + "cyclophosphamide; give the reason")
    String dosesDifferGiveReason(String fludarabineMg, BigDecimal cyclophosphamideMg);

    @Message("The course is {state}; LD is assessed and ordered from ELIGIBLE until LD has been given.")
    String ldPlannedOnlyBeforeLdGiven(Object state);

    // ------------------------------------------------------------------ LymphodepletionService: verification

    @Message("verify LD doses")
    String actionVerify();

    @Message("The pharmacist who verifies cannot be the prescriber of the order.")
    String verifierIsPrescriber();

    @Message("Order {orderId} is {status}; only a prescribed order can be verified.")
    String onlyPrescribedOrderVerified(long orderId, Object status);

    @Message("No policy dose of {drug} at this CrCl and no physician's reason on the order.")
    String noPolicyDoseNoReason(String drug);

    @Message("Prescribed {drug} {prescribed} mg differs {deviation} % from the recomputed {recomputed} mg (tolerance "
            + "{tolerance} %): reject the order with a reason.")
    String prescribedDiffersFromRecomputed(String drug, BigDecimal prescribed, double deviation, Double recomputed,
            double tolerance);

    @Message("reject an LD order")
    String actionReject();

    @Message("Order {orderId} is {status}; only a prescribed order can be rejected.")
    String onlyPrescribedOrderRejected(long orderId, Object status);

    // ------------------------------------------------------------------ LymphodepletionService: administration

    @Message("record an LD dose")
    String actionAdminister();

    @Message("The course is {state}; LD doses are given once the product is received and LD has started "
            + "(LYMPHODEPLETION).")
    String dosesOnlyDuringLymphodepletion(Object state);

    @Message("not after startedAt")
    String endNotAfterStart();

    @Message("No verified LD order: a pharmacist must verify the doses before any is given.")
    String noVerifiedOrderBeforeDose();

    @Message("{drug} of LD day {day} is already recorded.")
    String doseAlreadyRecorded(Drug drug, int day);

    @Message("{drug} LD day {day} cannot be recorded before LD day {previousDay}.")
    String doseBeforePreviousDay(Drug drug, int day, int previousDay);

    @Message("LD day {day} (day {relativeDay}) is scheduled on {scheduled}, not {actual}. If the dose was given on "
            + "{actual}, record it with the reason in scheduleDeviationReason (kept as a deviation); for a day still to "
            + "come, move the plan with a reason (POST .../orders/{orderId}/plan-moves).")
    String doseNotOnScheduledDay(int day, int relativeDay, LocalDate scheduled, LocalDate actual, long orderId);

    @Message("scheduleDeviationReason is only for a dose given on another date than the order schedules.")
    String scheduleReasonOnlyOffSchedule();

    @Message("in the future; record a dose once it has started")
    String doseStartInTheFuture();

    @Message("the verified order is {ordered} mg of {drug}")
    String doseNotAsOrdered(BigDecimal ordered, Drug drug);

    // ------------------------------------------------------------------ LymphodepletionService: plausibility

    @Message("outside 100-230 cm")
    String heightOutsideRange();

    @Message("outside 100-230 cm (metres sent as cm?)")
    String heightOutsideRangeMetres();

    @Message("outside 25-300 kg")
    String weightOutsideRange();

    @Message("outside 25-300 kg (pounds sent as kg?)")
    String weightOutsideRangePounds();

    @Message("outside 0.1-20 mg/dL ({mgDl} mg/dL)")
    String creatinineOutsideRange(double mgDl);

    @Message("outside 0.1-20 mg/dL ({mgDl} mg/dL) (umol/L sent as mg/dL?)")
    String creatinineOutsideRangeUmol(double mgDl);

    // ------------------------------------------------------------------ LdScheduleSource

    @Message("LD day {day} (day {relativeDay})")
    String scheduleLdDay(int day, int relativeDay);

    @Message("Fludarabine {fludarabineMg} mg + cyclophosphamide {cyclophosphamideMg} mg; order {status}")
    String scheduleLdDoses(BigDecimal fludarabineMg, BigDecimal cyclophosphamideMg, Object status);

    @Message("Planned infusion (day 0)")
    String schedulePlannedInfusion();

    @Message("LD end + 3 days")
    String schedulePlannedInfusionDetail();

    @Message("The product expires on {expiryDate}, before the planned infusion day {infusionDay}: do not start lymphodepletion for it. Contact the manufacturer, or plan the infusion within the expiry.")
    String productExpiresBeforeInfusion(java.time.LocalDate expiryDate, java.time.LocalDate infusionDay);

    @Message("This {drug} dose starts {minutes} minutes after the previous day's; LD doses are once daily, at least {hours} hours apart. If it was already given, record it with the reason in spacingDeviationReason.")
    String dosesTooClose(Object drug, long minutes, int hours);

    // ------------------------------------------------------------------ AssessmentLabs (issue 22 item 2)

    @Message("LD-2: the pre-LD assessment needs a serum creatinine: enter it with its unit and date, or have the laboratory system send it (POST /fhir/Observation) before recording the assessment.")
    String creatinineNeitherEnteredNorImported();

    @Message("LD-2: give the date the creatinine was measured.")
    String creatinineDateMissing();
}

package org.cartflow.monitoring;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.cartflow.monitoring.MonitoringEnums.Drug;

/**
 * What the monitoring stage's guards, service and schedule say, in English; Japanese in
 * messages/monitoring_ja.properties. Obtained in the request's language with {@code Texts.of(MonitoringText.class)}.
 */
@MessageBundle("monitoring")
public interface MonitoringText {

    // ------------------------------------------------------------------ DischargeArrangementsGuard (MON-2, POST-1..4)

    @Message("Record the discharge arrangements: caregiver and lodging within {minutes} minutes of the site until "
            + "day 30.")
    String recordDischargeArrangements(int minutes);

    @Message("The lodging is {minutes} minutes from the site; it must be within {maxMinutes} minutes until day 30.")
    String lodgingTooFar(int minutes, int maxMinutes);

    @Message("The patient has not acknowledged: no driving or dangerous machinery.")
    String notAcknowledgedNoDriving();

    @Message("The patient has not acknowledged: no donation of blood, organs, tissue or cells.")
    String notAcknowledgedNoDonation();

    @Message("The patient has not acknowledged the caution on live vaccines.")
    String notAcknowledgedLiveVaccines();

    @Message("The patient has not acknowledged that HIV NAT may be falsely positive.")
    String notAcknowledgedHivNatFalsePositive();

    // ------------------------------------------------------------------ InpatientThroughDay14Guard (MON-1)

    @Message("No infusion is recorded; day 0 is unknown.")
    String dayZeroUnknown();

    @Message("Today is day {day}; inpatient monitoring runs through day {lastDay}. A physician may override with a "
            + "reason.")
    String inpatientThroughDay(int day, int lastDay);

    // ------------------------------------------------------------------ ProximityThroughDay30Guard (MON-2)

    @Message("Today is day {day}; the patient stays near the site until day {lastDay}. A physician may override with "
            + "a reason.")
    String staysNearSiteUntilDay(String day, int lastDay);

    // ------------------------------------------------------------------ LongTermFollowUpGuard (POST-5)

    @Message("Today is day {day}; follow-up continues for at least 24 months (day {lastDay}), or longer until "
            + "progressive disease is recorded.")
    String followUpContinues(String day, int lastDay);

    @Message("Today is day {day}; progressive disease is recorded, but follow-up continues to 24 months (day {lastDay}) "
            + "as in KarMMa, watching for secondary malignancies.")
    String followUpContinuesAfterProgression(String day, int lastDay);

    // ------------------------------------------------------------------ NoActiveCrsOrIcansGuard (MON-3, MON-4, ...)

    @Message("No monitoring assessment is recorded; assess CRS and ICANS before discharge.")
    String noAssessmentBeforeDischarge();

    @Message("No ICE/neurological assessment is recorded.")
    String noIceAssessment();

    @Message("Record the ICE assessment (NEURO-ALG); if it cannot be performed, give the reason in iceNotPerformedReason (an unarousable patient needs none).")
    String iceRequired();

    @Message("The latest CRS/ICANS assessment is from {when}; record today's assessment before discharge.")
    String assessmentTooOldForDischarge(String when);

    @Message("The latest CRS/ICANS assessment is from {when}, more than {hours} h ago; assess the patient again before discharge.")
    String assessmentTooOldForDischargeHours(String when, int hours);

    @Message("CRS grade {grade} is active (assessed day {day}); discharge waits until it has resolved.")
    String crsActive(int grade, int day);

    @Message("ICANS grade {grade} is active (assessed day {day}); discharge waits until it has resolved.")
    String icansActive(int grade, int day);

    // ------------------------------------------------------------------ PostInfusionLabsGuard (MON-5..8)

    @Message("Record the infection status (bacterial, fungal, viral; febrile neutropenia) after infusion.")
    String recordInfectionStatus();

    @Message("Record a blood count (neutrophils, platelets, haemoglobin) after infusion.")
    String recordBloodCount();

    @Message("Record electrolytes, uric acid and creatinine (tumour lysis) after infusion.")
    String recordTumourLysisLabs();

    @Message("Record the IgG level (hypogammaglobulinaemia) after infusion.")
    String recordIgg();

    // ------------------------------------------------------------------ SurveillanceDataGuard (SURV-1)

    @Message("No monitoring assessment is recorded: the surveillance safety data are missing.")
    String surveillanceSafetyDataMissing();

    @Message("No response assessment is recorded: the surveillance efficacy data are missing.")
    String surveillanceEfficacyDataMissing();

    // ------------------------------------------------------------------ MonitoringService: actions (roles)

    @Message("record a monitoring assessment")
    String actionRecordAssessment();

    @Message("record a CRS or ICANS drug")
    String actionRecordIntervention();

    @Message("record the tocilizumab doses on hand")
    String actionRecordStock();

    @Message("record the discharge arrangements")
    String actionRecordDischarge();

    @Message("record laboratory results")
    String actionRecordLabs();

    @Message("record a response assessment")
    String actionRecordResponse();

    @Message("record a secondary malignancy")
    String actionRecordSecondaryMalignancy();

    // ------------------------------------------------------------------ MonitoringService: fields

    @Message("required for a low-flow nasal cannula")
    String oxygenFlowRequired();

    @Message("required: tocilizumab is dosed at {mgPerKg} mg/kg")
    String weightRequiredForTocilizumab(String mgPerKg);

    @Message("required for {drug}")
    String doseRequiredFor(Drug drug);

    @Message("before the infusion (day 0)")
    String beforeInfusion();

    // ------------------------------------------------------------------ MonitoringService: course state

    @Message("Monitoring is recorded after infusion; the course is {state}.")
    String monitoringAfterInfusion(Object state);

    @Message("Post-infusion labs are recorded after infusion; the course is {state}.")
    String labsAfterInfusion(Object state);

    @Message("Responses are assessed after infusion; the course is {state}.")
    String responsesAfterInfusion(Object state);

    @Message("Follow-up starts at infusion; the course is {state}.")
    String followUpStartsAtInfusion(Object state);

    // ------------------------------------------------------------------ MonitoringService: tocilizumab (CRS-ALG)

    @Message("Tocilizumab doses must be at least 8 hours apart.")
    String tocilizumabTooSoon();

    @Message("A dose was given at {givenAt}, {minutes} minutes from this one; the next may be given 8 hours after it. If this dose was already given, record it with the reason in deviationReason.")
    String tocilizumabPreviousDose(String givenAt, long minutes);


    // ------------------------------------------------------------------ MonitoringService: board alerts

    @Message("CRS grade {grade}: manage per the CRS algorithm (CRS-ALG, MON-3).")
    String alertCrs(int grade);

    @Message("ICANS grade {grade}: manage per the neurologic-event algorithm (NEURO-ALG, MON-4).")
    String alertIcans(int grade);

    @Message("No assessment recorded on day(s) {days} (MON-1).")
    String alertMissingDays(String days);

    @Message("Tocilizumab: {dosesOnHand} doses on hand for this patient; doses were given beyond the stock (CRS-ALG, INF-3). Pharmacy: replenish and record the count.")
    String alertTocilizumabStockBelowZero(int dosesOnHand);

    // ------------------------------------------------------------------ MonitoringScheduleSource

    @Message("Earliest discharge (day 14)")
    String scheduleEarliestDischarge();

    @Message("MON-1: inpatient monitoring through day {day}")
    String scheduleEarliestDischargeDetail(int day);

    @Message("End of proximity (day 30)")
    String scheduleProximityEnd();

    @Message("MON-2: stays within reach of the site through day {day}")
    String scheduleProximityEndDetail(int day);

    @Message("No CRS/ICANS assessment on day(s) {days} and no physician's explanation: record the assessment (within the entry window) or explain the day (POST .../monitoring/missed-days) before discharge.")
    String unexplainedMissingDays(String days);

    @Message("Day {day} is after today (day {today}).")
    String missedDayInTheFuture(int day, int today);

    @Message("Day {day} has an assessment; nothing to explain.")
    String dayWasAssessed(int day);

    @Message("Day {day} is already explained by {by}.")
    String dayAlreadyExplained(int day, String by);

    @Message("explain a day without an assessment")
    String actionExplainMissedDay();

    @Message("attribute a fever to another cause")
    String actionAttributeFever();

    @Message("assessment")
    String assessment();

    @Message("This assessment has no fever ({temperature} C) to attribute.")
    String noFeverToAttribute(String temperature);

    @Message("This fever is already attributed to {cause} by {by}.")
    String feverAlreadyAttributed(Object cause, String by);

    // POST-5, TMAL-1-JP24: the follow-up plan's malignancy watches

    @Message("Secondary malignancy")
    String watchSecondaryMalignancy();

    @Message("Ask and examine for a new cancer; review blood counts for a myeloid neoplasm.")
    String watchSecondaryMalignancyVisit();

    @Message("Record it here with its lineage and report it to the manufacturer.")
    String watchSecondaryMalignancyFound();

    @Message("Lymphoid tumour of CAR-positive T-cell origin")
    String watchTCellMalignancy();

    @Message("Look for a new lymphoma or T-cell lymphoproliferation (lymph nodes, skin, blood film, lymphocytosis).")
    String watchTCellMalignancyVisit();

    @Message("Report it to the manufacturer at once and ask for testing of the tumour for the CAR construct.")
    String watchTCellMalignancyFound();
}

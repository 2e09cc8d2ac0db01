package org.cartflow.bridging;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What the bridging stage's guards and service say, in English; Japanese in messages/bridging_ja.properties.
 * Obtained in the request's language with {@code Texts.of(BridgingText.class)}.
 */
@MessageBundle("bridging")
public interface BridgingText {

    // A bridging dose (BridgingService.addDose)

    @Message("before startedOn")
    String lastDoseBeforeStart();

    @Message("only for a class BRG-1 does not name (OTHER)")
    String classOverrideOnlyForOther();

    @Message("only for a dose less than 14 days before the planned LD day 1")
    String washoutOverrideOnlyForShortWashout();


    @Message("{drug} is of a class BRG-1 does not name (corticosteroids, alkylating agents, immunomodulatory drugs, "
            + "proteasome inhibitors, anti-CD38 antibodies). A physician may record it with classOverrideReason.")
    String classNotNamed(String drug);

    @Message("LD day 1 is planned for {plannedDay1}; a last dose on {lastDoseOn} is only {days} days before it "
            + "(at least 14). A physician may record it with washoutOverrideReason, or move LD day 1 to "
            + "{earliestDay1} or later.")
    String doseWashoutTooShort(java.time.LocalDate plannedDay1, java.time.LocalDate lastDoseOn, long days,
            java.time.LocalDate earliestDay1);

    // The planned LD day 1 (BridgingService.planLd)

    @Message("only for a day 1 before the end of the washout")
    String washoutOverrideOnlyBeforeWashoutEnd();


    @Message("The last bridging dose allows LD day 1 on {earliestDay1} or later; {plannedDay1} is too early. A "
            + "physician may plan it with washoutOverrideReason.")
    String planTooEarly(java.time.LocalDate earliestDay1, java.time.LocalDate plannedDay1);

    // The course state a command needs (BridgingService.edit)

    @Message("Bridging therapy")
    String whatBridging();

    @Message("The planned LD day 1")
    String whatLdPlan();

    // Who may do it (CurrentUser.requireRole)

    @Message("record bridging therapy")
    String actionRecordBridging();

    @Message("plan lymphodepletion")
    String actionPlanLd();

    // BRG-1, BRG-2 guards (AllowedBridgingClassGuard, BridgingWashoutGuard)

    @Message("Bridging drug {drug} is of a class the label does not name and has no physician's override.")
    String classNotNamedNoOverride(String drug);

    @Message("Last dose of {drug} on {lastDoseOn} is {days} days before LD day 1 ({day1}); at least {washoutDays} are "
            + "needed: LD may start on {earliestDay1} or later.")
    String washoutTooShort(String drug, java.time.LocalDate lastDoseOn, long days, java.time.LocalDate day1,
            int washoutDays, java.time.LocalDate earliestDay1);

    // The coordinator's schedule (BridgingScheduleSource)

    @Message("Bridging washout ends (earliest LD day 1)")
    String scheduleWashoutEnds();

    @Message("BRG-2: last bridging dose on {lastDoseOn}; LD may start from this day")
    String scheduleWashoutEndsDetail(java.time.LocalDate lastDoseOn);

    @Message("Planned LD day 1")
    String schedulePlannedLdDay1();

    @Message("Lymphodepleting chemotherapy day 1 as planned by {plannedBy}")
    String schedulePlannedLdDay1Detail(String plannedBy);
}

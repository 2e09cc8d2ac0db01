package org.cartflow.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** UI text in English (default); Japanese in messages/msg_ja.properties. */
@MessageBundle
public interface Msg {
    @Message("CartFlow")
    String app();

    @Message("Board")
    String board();

    @Message("Active journeys")
    String activeJourneys();

    @Message("Patient")
    String patient();

    @Message("MRN")
    String mrn();

    @Message("Stage")
    String stage();

    @Message("Day")
    String day();

    @Message("Next steps")
    String nextSteps();

    @Message("All stages")
    String allStages();

    @Message("Filter")
    String filter();

    @Message("Open")
    String open();

    @Message("Ready")
    String ready();

    @Message("Blocked")
    String blocked();

    @Message("Not your role")
    String notYourRole();

    @Message("Signed in as")
    String signedInAs();

    @Message("Sign out")
    String signOut();

    @Message("Language")
    String language();

    @Message("Journey")
    String journey();

    @Message("Born")
    String born();

    @Message("State")
    String state();

    @Message("Day 0 (infusion)")
    String dayZero();

    @Message("Allowed next actions")
    String allowedActions();

    @Message("No action is open to your role now.")
    String noActions();

    @Message("Reason")
    String reason();

    @Message("Override reason (physician; trial rules only)")
    String overrideReason();

    @Message("Take this step")
    String takeStep();

    @Message("Step refused")
    String refused();

    @Message("Step recorded")
    String recorded();

    @Message("Eligibility checks")
    String eligibilityChecks();

    @Message("passes")
    String passes();

    @Message("Audit trail")
    String auditTrail();

    @Message("When")
    String when();

    @Message("Who")
    String who();

    @Message("What")
    String what();

    @Message("Why")
    String why();

    @Message("rule")
    String rule();

    @Message("trial rule: a physician may override with a reason")
    String trialRule();

    @Message("label rule: hard stop")
    String labelRule();

    @Message("not yet infused")
    String notInfused();
}

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

    @Message("Order")
    String orderColumn();

    @Message("Drug")
    String drug();

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

    @Message("Local demonstration system: every patient here is made up (MRN DEMO-…). Not for clinical use.")
    String demoBanner();

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

    @Message("Label")
    String labelProfile();
    @Message("Bedside infusion")
    String bedside();

    @Message("MISMATCH – STOP. Do not thaw or infuse this bag.")
    String mismatch();

    @Message("Today's check (DELAY-1/2)")
    String todaysCheck();

    @Message("Clear")
    String clear();

    @Message("Not clear today")
    String notClear();

    @Message("Tocilizumab on hand")
    String tocilizumab();

    @Message("Premedication")
    String premedication();

    @Message("First bag may start in")
    String firstBagFrom();

    @Message("First bag must start within")
    String firstBagBy();

    @Message("Acetaminophen (mg)")
    String acetaminophenMg();

    @Message("H1 antihistamine")
    String antihistamine();

    @Message("other H1 antihistamine")
    String otherH1();

    @Message("Name")
    String name();

    @Message("Record")
    String record();

    @Message("Bags")
    String bags();

    @Message("Bag")
    String bag();

    @Message("Bag code")
    String bagCode();

    @Message("never infusable")
    String neverInfusable();

    @Message("Time left to finish this bag")
    String timeLeft();

    @Message("Identity check before thaw (cassette and bag)")
    String stepIdentityCheck();

    @Message("Second person's identity check")
    String stepIdentityCosign();

    @Message("Inspect the bag")
    String stepInspection();

    @Message("Start thawing (about 37 °C)")
    String stepThawStart();

    @Message("Thaw complete")
    String stepThawComplete();

    @Message("Line set-up (saline, no filter)")
    String stepLineSetup();

    @Message("Identity check at the bedside (scan)")
    String stepBedsideCheck();

    @Message("Second person types the bag label and wristband again (only after a manual check)")
    String stepBedsideCosign();

    @Message("Happened at")
    String happenedAt();

    @Message("Entered more than 15 minutes after it happened? Why")
    String lateEntryReason();

    @Message("not a date and time (expected 2026-12-02T09:30)")
    String notADateTime();

    @Message("Scanner or label not working?")
    String scannerDown();

    @Message("Why scanning is impossible (the identifiers are then typed, and a second person co-signs)")
    String manualReason();

    @Message("Start the infusion")
    String stepInfusionStart();

    @Message("End of infusion")
    String stepInfusionEnd();

    @Message("Back-prime with saline")
    String stepBackPrime();

    @Message("Dispose as infectious waste")
    String stepDisposal();

    @Message("A second, different nurse or physician checks and signs.")
    String secondPerson();

    @Message("Scan the metal cassette label")
    String scanCassette();

    @Message("Scan the bag label")
    String scanBag();

    @Message("Scan the patient's wristband")
    String scanWristband();

    @Message("Entry")
    String entry();

    @Message("scanned")
    String scanned();

    @Message("typed")
    String typed();

    @Message("Bag intact: no damage, no leak")
    String intact();

    @Message("Finding")
    String finding();

    @Message("Thaw method")
    String thawMethod();

    @Message("Temperature (°C)")
    String temperatureC();

    @Message("Completely thawed")
    String completelyThawed();

    @Message("Happened to the bag (never allowed)")
    String prohibitedHandling();

    @Message("Tubing primed with normal saline")
    String primedWithSaline();

    @Message("Leukocyte-depleting filter in the line")
    String leukocyteFilter();

    @Message("Product irradiated")
    String irradiated();

    @Message("Pump rate (mL/min, at most 10)")
    String pumpRate();

    @Message("Full volume given")
    String fullVolume();

    @Message("Saline for back-priming (mL)")
    String salineMl();

    @Message("Disposed of as infectious waste")
    String infectiousWaste();

    @Message("Document this bag as not infusable (physician), with the reason")
    String notInfusable();

    @Message("Incidents")
    String incidents();

    @Message("LD verification")
    String pharmacy();

    @Message("LD orders awaiting verification (oldest first)")
    String verificationQueue();

    @Message("Prescribed")
    String prescribed();

    @Message("Inputs")
    String inputs();

    @Message("Arithmetic")
    String arithmetic();

    @Message("Recomputed")
    String recomputed();

    @Message("Difference")
    String difference();

    @Message("Tolerance")
    String tolerance();

    @Message("Renal tier")
    String renalTier();

    @Message("Verify: sign \"verified LD doses\"")
    String verify();

    @Message("Reject with a reason")
    String reject();

    @Message("No order is waiting.")
    String noOrders();

    @Message("Status")
    String status();

    @Message("measured on")
    String measuredOn();

    @Message("Identity changes from the EHR, held for the coordinator (AUTOLOGOUS-1)")
    String heldDemographicChanges();

    @Message("in CartFlow")
    String currentValue();

    @Message("sent by the EHR")
    String incomingValue();

    @Message("source")
    String source();

    @Message("decision")
    String decision();

    @Message("apply the EHR's value")
    String applyChange();

    @Message("keep CartFlow's value")
    String keepCurrent();

    @Message("from the lab")
    String fromTheLab();

    @Message("entered by hand")
    String enteredByHand();

    @Message("times in")
    String timesIn();
    @Message("Daily monitoring")
    String monitoring();

    @Message("Days without an assessment")
    String missingDays();

    @Message("grade")
    String gradeNow();

    @Message("Grades are computed as you type, by the same ASTCT 2019 rules the record uses; nothing is saved until you record.")
    String liveGradeHint();

    @Message("Vital signs")
    String vitals();

    @Message("Vasopressors (excl. vasopressin)")
    String vasopressors();

    @Message("Hypotension")
    String hypotension();

    @Message("Orientation")
    String iceOrientation();

    @Message("Naming")
    String iceNaming();

    @Message("Follows commands")
    String iceCommands();

    @Message("Writing")
    String iceWriting();

    @Message("Attention")
    String iceAttention();

    @Message("Date and time of death (hospital time)")
    String timeOfDeath();

    @Message("Level of consciousness")
    String consciousnessLevel();

    @Message("ICE not possible: why (leave the ICE fields empty)")
    String iceNotPerformedReason();

    @Message("Seizure")
    String seizure();

    @Message("Cerebral oedema")
    String oedema();

    @Message("Deep focal motor weakness")
    String motorWeakness();

    @Message("Weight (kg)")
    String weightKg();

    @Message("Reason, if given under 8 h after the previous dose")
    String tocilizumabDeviationReason();

    @Message("Assessments")
    String assessments();
    @Message("Week")
    String schedule();

    @Message("previous week")
    String previousWeek();

    @Message("this week")
    String thisWeek();

    @Message("next week")
    String nextWeek();

    @Message("Subscribe in a calendar app")
    String subscribeCalendar();

    @Message("Your personal calendar address (shown only now; it shows patients by initials; revoke it with DELETE /schedule/feeds/{id}):")
    String feedAddressOnce(long id);

    @Message("today")
    String today();
    @Message("Next due")
    String due();

    @Message("due today")
    String dueToday();

    @Message("due this week")
    String dueThisWeek();
    @Message("Flags")
    String flags();

    @Message("needs a decision")
    String needsDecision();

    @Message("Active infection")
    String activeInfection();

    @Message("Active inflammatory disease")
    String inflammatoryDisease();

    @Message("Unresolved serious adverse event: pulmonary")
    String saePulmonary();

    @Message("Unresolved serious adverse event: cardiac")
    String saeCardiac();

    @Message("Unresolved serious adverse event: hypotension")
    String saeHypotension();

    @Message("Other unresolved serious adverse event")
    String saeOther();

    @Message("Emergency measures for anaphylaxis ready (INF-2)")
    String emergencyReady();

    @Message("infection marker")
    String flagInfectionMarker();

    @Message("cold-chain excursion")
    String flagColdChainExcursion();

    @Message("{celsius} C at {at}{decision}")
    String flagTemperature(String celsius, String at, String decision);

    @Message("storage excursion")
    String flagStorageExcursion();

    @Message("Opened {at}{decision}")
    String flagOpened(String at, String decision);

    @Message(": awaiting a physician's decision")
    String flagAwaitingDecision();

    @Message(": {decision} by {by} ({reason})")
    String flagDecided(Object decision, String by, String reason);

    @Message("out-of-specification release")
    String flagOutOfSpecRelease();

    @Message("Run {run} released by {by}: {reason}")
    String flagRunReleased(int run, String by, String reason);

    @Message("LD plan moved")
    String flagLdPlanMoved();

    @Message("LD day {day} {from} → {to} by {by}: {reason}")
    String flagLdDayMoved(int day, java.time.LocalDate from, java.time.LocalDate to, String by, String reason);

    @Message("bag not infused")
    String flagBagNotInfused();

    @Message("Bag {position} ({bagCode}) {state}{reason}")
    String flagBag(int position, String bagCode, Object state, String reason);

    @Message("Manual bedside identity check (scanning impossible)")
    String flagManualBedsideCheck();

    @Message("Bedside deviation (recorded with the infusion)")
    String flagBedsideDeviation();

    @Message("awaiting a physician's review")
    String flagAwaitingReview();

    @Message("Tocilizumab deviation")
    String flagTocilizumabDeviation();

    @Message("documented with no dose on hand; pharmacy to replenish")
    String flagGivenWithoutStock();

    @Message("identity incident")
    String flagIdentityIncident();

    @Message("infusion delayed")
    String flagInfusionDelayed();

    @Message("planned day 0 {day0}, expected {expected}; {cause} by {by}: {reason}")
    String flagDelay(java.time.LocalDate day0, String expected, Object cause, String by, String reason);

    @Message("day 0 was {day0}: {days} days late")
    String boardDaysLate(java.time.LocalDate day0, long days);

    @Message("no delay recorded")
    String boardNoDelayRecorded();

    @Message("day without an assessment")
    String flagMissedAssessmentDay();

    @Message("fever from {cause}, not CRS (was grade {before}; {by})")
    String feverAttributed(Object cause, Integer before, String by);

    @Message("documented cause (e.g. blood culture)")
    String feverDocumentation();

    @Message("Fever not CRS")
    String feverNotCrs();

    @Message("LD doses under the minimum interval")
    String flagLdSpacing();

    @Message("LD dose given on another date than scheduled")
    String flagLdOffSchedule();

    @Message("First bag started outside 30-60 min after premedication (within the grace)")
    String flagPremedicationWindow();

    @Message("Only if the start is just outside 30-60 min after premedication: why")
    String premedicationWindowReason();

    @Message("deliberate reduction: see the prescriber's reason")
    String deliberateReduction();

    @Message("Value")
    String value();

    @Message("The site's default method")
    String siteDefaultMethod();

    @Message("The prescriber's method")
    String prescribersMethod();

    @Message("The prescriber's method choices change the dose against the site's default: check that they are intended.")
    String methodChangesDose();

    @Message("late entry")
    String flagLateEntry();

    @Message("{what}: happened {happened}, entered {entered} ({minutes} min later) by {by}: {reason}")
    String flagLate(String what, String happened, String entered, long minutes, String by, String reason);

    @Message("override")
    String flagOverride();

    @Message("{what} by {by}: {reason}")
    String flagBy(String what, String by, String reason);

    @Message("Bedside step")
    String bedsideStep();

    @Message("a date YYYY-MM-DD")
    String aDate();

    @Message("scan the label")
    String scanTheLabel();

    @Message("not a CartFlow label (MRN|family|given|birth date|COI[|bag]): {raw}")
    String notACartFlowLabel(String raw);

    @Message("birth date '{value}' is not YYYY-MM-DD")
    String birthDateNotIso(String value);

    @Message("this label has no bag code; scan the bag's own label")
    String labelHasNoBagCode();

    @Message("Height")
    String height();

    @Message("Weight")
    String weight();

    @Message("Creatinine")
    String creatinine();

    @Message("fludarabine")
    String fludarabine();

    @Message("Sign in again")
    String signInAgain();

    @Message("Electronic signatures")
    String signatures();
}

package org.cartflow.infusion;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.cartflow.kernel.CourseState;
import org.cartflow.product.ProductBag;

/**
 * What the infusion stage's guards and services say, in English; Japanese in messages/infusion_ja.properties.
 * Obtained in the request's language with {@code Texts.of(InfusionText.class)}.
 */
@MessageBundle("infusion")
public interface InfusionText {

    // Nouns and labels shared by the stage

    @Message("Bag")
    String bag();

    @Message("Bag {position} ({bagCode})")
    String bagLabel(int position, String bagCode);

    @Message("Cassette")
    String cassette();

    @Message("Bag label")
    String bagLabelIdentifiers();

    @Message("Wristband")
    String wristband();

    /** The step DELAY-1/2 postpone, as the shared delay findings word it. */
    @Message("the infusion")
    String theInfusion();

    // Actions (CommonText.onlyRolesMay)

    @Message("record the infusion-day clinical check")
    String actionRecordReadiness();

    @Message("record premedication")
    String actionRecordPremedication();

    @Message("check the patient identifiers before thaw")
    String actionIdentityCheck();

    @Message("co-sign the identity check")
    String actionIdentityCosign();

    @Message("inspect the bag")
    String actionInspect();

    @Message("start thawing a bag")
    String actionThawStart();

    @Message("record the thaw complete")
    String actionThawComplete();

    @Message("set up the infusion line")
    String actionLineSetup();

    @Message("check identity at the bedside")
    String actionBedsideIdentityCheck();

    @Message("start the infusion")
    String actionInfusionStart();

    @Message("record the end of the infusion")
    String actionInfusionEnd();

    @Message("record back-priming")
    String actionBackPrime();

    @Message("record disposal")
    String actionDispose();

    @Message("document a bag as not infusable")
    String actionNotInfusable();

    // InfusionService: the infusion-day clinical check and premedication

    @Message("The course is {state}; the infusion-day check is recorded after lymphodepletion, before the infusion.")
    String readinessNotNow(CourseState state);

    @Message("The course is {state}; premedication is recorded on the infusion day once the course is INFUSION_READY.")
    String premedicationNotNow(CourseState state);

    @Message("more than 12 hours ago; record premedication when it is given")
    String premedicationTooLongAgo();

    @Message("Acetaminophen is missing: premedication is acetaminophen plus diphenhydramine or another H1 antihistamine.")
    String acetaminophenMissing();

    @Message("The H1 antihistamine (drug and dose) is missing: premedication is acetaminophen plus diphenhydramine or "
            + "another H1 antihistamine.")
    String antihistamineMissing();

    @Message("name the H1 antihistamine given")
    String nameTheAntihistamine();

    @Message("describe the life-threatening emergency")
    String describeTheEmergency();

    @Message("The first bag's infusion has started; premedication is not recorded again for this infusion.")
    String premedicationAfterFirstBag();

    // BedsideService: identity checks (INF-4, INF-9)

    @Message("The identity check before thaw is a two-person check: a second nurse or physician, not {user}, co-signs it.")
    String cosignBySomeoneElse(String user);

    @Message("Two different users must sign the identity check.")
    String twoDifferentSigners();

    @Message("At the bedside the bag label and the wristband are scanned. If scanning is impossible (scanner or label "
            + "failure), type them with the reason in manualReason; a second user then co-signs (bedside-identity-cosign).")
    String scanAtTheBedside();

    @Message("co-sign the manual bedside identity check")
    String actionBedsideIdentityCosign();

    @Message("Bag code {bagCode} is not the code of {label}")
    String bagCodeMismatch(String bagCode, String label);

    @Message("{mismatch}. STOP: do not thaw or infuse this bag; the mismatch is recorded as an incident.")
    String identityMismatchStop(String mismatch);

    // BedsideService: inspection (INF-5)

    @Message("describe the damage or leak")
    String describeTheDamage();

    @Message("Damaged or leaking: {finding}")
    String damagedOrLeaking(String finding);

    // BedsideService: thaw (INF-1, INF-6, INF-7, STO-1)

    @Message("{label} is {state}; only a bag kept in storage at -130 C or colder is thawed.")
    String thawOnlyStoredBag(String label, ProductBag.State state);

    @Message("{label} is {state}: the next bag is thawed only after the previous bag's infusion is complete.")
    String otherBagInUse(String label, ProductBag.State state);

    @Message("No premedication is recorded: the thaw is timed so the infusion can begin 30-60 minutes after "
            + "premedication. Premedicate first.")
    String thawWithoutPremedication();

    @Message("Premedication was given at {givenAt}; the infusion had to start by {latestStart}. Re-assess and "
            + "premedicate again before thawing.")
    String premedicationWindowPassed(String givenAt, String latestStart);

    @Message("A systemic corticosteroid ({corticosteroid}) is recorded with the premedication and was not for a "
            + "life-threatening emergency.")
    String corticosteroidNotForEmergency(String corticosteroid);

    @Message("Thaw at about 37 C (36-38 C); the device reads {temperatureC} C.")
    String thawTemperature(String temperatureC);

    @Message("Keep thawing until the bag is completely thawed (mix gently if clumps are visible), then record it.")
    String keepThawing();

    @Message("Handled against the label: {handling}")
    String handledAgainstTheLabel(String handling);

    // BedsideService: line (INF-8, INF-10)

    @Message("The product was irradiated.")
    String productIrradiated();

    @Message("Prime the tubing with normal saline before connecting the bag.")
    String primeWithSaline();

    @Message("Remove the leukocyte-depleting filter; it would hold back the CAR-T cells.")
    String removeLeukocyteFilter();

    // BedsideService: infusion start and end (INF-2, RATE-1, INF-11)

    @Message("No premedication is recorded.")
    String noPremedication();

    @Message("Premedication was given at {givenAt}; a start at {now} is outside 30-60 minutes but within the site's "
            + "{graceMinutes}-minute grace: record why (premedicationWindowReason) and the start is flagged.")
    String premedicationGraceNeedsReason(String givenAt, String now, long graceMinutes);

    @Message("only for a first bag started within the grace outside 30-60 minutes after premedication")
    String premedicationReasonOnlyInGrace();

    @Message("The first bag starts 30-60 minutes after premedication (given at {givenAt}): from {earliestStart} to "
            + "{latestStart}; it is now {now}.")
    String outsidePremedicationWindow(String givenAt, String earliestStart, String latestStart, String now);

    @Message("Pump rate {pumpRate} mL/min is above 10 mL/min; set 10 mL/min or less.")
    String pumpRateTooHigh(String pumpRate);

    @Message("record the end once the full volume is given; a bag stopped early is documented by a physician as not "
            + "infusable")
    String endOnlyAfterFullVolume();

    @Message("{volumeMl} mL since {startedAt} is {rate} mL/min, above 10 mL/min. The full volume cannot have been given "
            + "before {earliestEnd}.")
    String infusedTooFast(String volumeMl, String startedAt, String rate, String earliestEnd);

    @Message("{volumeMl} mL since {startedAt} is an unmeasurable mL/min, above 10 mL/min. The full volume cannot have "
            + "been given before {earliestEnd}.")
    String infusedTooFastUnmeasurable(String volumeMl, String startedAt, String earliestEnd);

    @Message("{label} started thawing at {thawStartedAt}; its infusion had to be complete by {limit}. Do not infuse it "
            + "further: a physician documents the deviation (POST .../bags/{bagId}/not-infusable).")
    String pastSixtyMinutes(String label, String thawStartedAt, String limit, Long bagId);

    // BedsideService: disposal and not infusable (INF-12, INF-13)

    @Message("The product contains a lentiviral vector: dispose of the bag and leftovers as infectious waste, then "
            + "record it.")
    String disposeAsInfectiousWaste();

    @Message("{label} is already {state}.")
    String bagAlreadyAccountedFor(String label, ProductBag.State state);

    @Message("{label} is quarantined for a temperature excursion: decide the excursion (release or discard) instead.")
    String quarantinedForExcursion(String label);

    // BedsideService: the order of the steps

    @Message("{label} is {state}; a bag is disposed of after it is infused and back-primed, or after a physician "
            + "documents it as not infusable.")
    String disposeOnlyWhenAccountedFor(String label, ProductBag.State state);

    @Message("{label} was already infused.")
    String bagAlreadyInfused(String label);

    @Message("{label} is {state}; it is not to be infused.")
    String bagNotToBeInfused(String label, ProductBag.State state);

    @Message("{label} is {state} ({reason}); it is not to be infused.")
    String bagNotToBeInfusedBecause(String label, ProductBag.State state, String reason);

    @Message("'{step}' is already recorded for {label}.")
    String stepAlreadyRecorded(String step, String label);

    @Message("'{step}' comes after '{next}': record '{next}' for {label} first.")
    String stepOutOfOrder(String step, String next, String label);

    @Message("This course was infused on {infusedAt}; the product is never administered again.")
    String courseInfusedOn(String infusedAt);

    @Message("The course is {state}; bedside steps are recorded once it is INFUSION_READY (confirm-infusion-ready).")
    String bedsideNotNow(CourseState state);

    // Guards

    @Message("Emergency measures for anaphylaxis are not confirmed ready: prepare them and record a new infusion-day "
            + "check.")
    String anaphylaxisNotReady();

    @Message("{label} is {state}: infuse it with the same procedure, or have a physician document it as not infusable.")
    String bagNotAccountedFor(String label, ProductBag.State state);

    @Message("No bag of this product has been infused.")
    String noBagInfused();

    @Message("{label} has no two-person identity check before thaw.")
    String noTwoPersonCheck(String label);

    @Message("{label} has no identity check at the bedside.")
    String noBedsideIdentityCheck(String label);

    @Message("The first bag did not start 30-60 minutes after premedication.")
    String firstBagOutsideWindow();

    @Message("{label} has no infusion start and end.")
    String noInfusionStartAndEnd(String label);

    @Message("{label} ended more than 60 minutes after its thaw started.")
    String endedPastSixtyMinutes(String label);

    @Message("{label} ran faster than 10 mL/min.")
    String ranTooFast(String label);

    @Message("{label} was not inspected and found intact before thaw.")
    String notInspectedIntact(String label);

    @Message("{label} and its leftovers are not recorded as disposed of as infectious waste (lentiviral vector).")
    String notDisposed(String label);

    @Message("{label} has no line set-up record (saline primed, no leukocyte filter, not irradiated).")
    String noLineSetup(String label);

    @Message("{label} was not back-primed with saline after the full volume.")
    String notBackPrimed(String label);

    @Message("This course was already infused; the product is never re-administered.")
    String courseAlreadyInfused();

    @Message("The patient was already infused in course {courseId}; the product is never re-administered.")
    String patientAlreadyInfused(Long courseId);

    @Message("Record today's clinical check (infection, serious adverse events, vital signs) before the infusion "
            + "(POST /courses/{courseId}/infusion/readiness).")
    String recordTodaysCheck(long courseId);

    @Message("{label} has no complete thaw record (method, start, end).")
    String noCompleteThawRecord(String label);

    @Message("{label} was thawed before the patient was premedicated.")
    String thawedBeforePremedication(String label);

    @Message("{label} started thawing before the previous bag's infusion ended.")
    String thawedBeforePreviousBagEnded(String label);

    @Message("{earlier} was thawed and infused before {later}, out of the release certificate's order.")
    String infusedOutOfCertificateOrder(String earlier, String later);

    @Message("The patient received {infused} x 10^6 CAR+ T cells, below the label's range of {min}-{max} x 10^6 (DOSE-1): a physician acknowledges it in the review; surveillance reports it.")
    String infusedDoseBelowRange(String infused, String min, String max);

    @Message("The infusion is planned for day 0, {day0} (2 days after the last LD dose, LD-1); today is {today}. Confirm readiness and thaw on that day.")
    String beforePlannedDayZero(java.time.LocalDate day0, java.time.LocalDate today);

    @Message("review the deviation")
    String actionReviewDeviation();

    @Message("This deviation was already reviewed by {by}.")
    String deviationAlreadyReviewed(String by);

    @Message("{onHand} dose(s) of tocilizumab on hand for this patient; {minDoses} required before the infusion. Record "
            + "the stock (PUT /courses/{courseId}/monitoring/tocilizumab-stock).")
    String tocilizumabShort(int onHand, int minDoses, long courseId);

    @Message("{step} is recorded as happening at {at}, before the bag's previous step ({previousAt}); correct the time it happened.")
    String beforePreviousStep(String step, String at, String previousAt);

    @Message("{bag}'s infusion ended at {endedAt}; the next bag is not thawed before the previous bag's infusion is complete.")
    String thawBeforeOtherBagEnded(String bag, String endedAt);

    @Message("The planned day 0 was {day0}; today ({today}) is {days} days later. A physician records the delay (POST .../infusion/delay: DELAY-1 serious adverse events, DELAY-2 infection or inflammation, or another cause) with its reason before the infusion goes ahead.")
    String laterThanDayZeroWithoutDelay(java.time.LocalDate day0, java.time.LocalDate today, long days);

    @Message("The infusion delay was last confirmed on {decided} by {by}, more than {days} days ago; a physician records the delay again (confirming the patient and the plan) before the infusion goes ahead.")
    String delayNeedsReconfirmation(java.time.LocalDate decided, String by, int days);

    @Message("A delay is recorded only after LD has started and before the infusion (the course is {state}).")
    String delayNotNow(Object state);

    @Message("No verified LD order, so there is no planned day 0 to delay.")
    String delayWithoutLdOrder();

    @Message("The expected infusion date is before the planned day 0 ({day0}).")
    String expectedBeforeDayZero(java.time.LocalDate day0);

    @Message("record an infusion delay")
    String actionRecordDelay();
}

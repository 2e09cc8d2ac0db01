package org.cartflow.apheresis;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What the apheresis stage's guards and service say, in English; Japanese in
 * messages/apheresis_ja.properties. Obtained in the request's language with {@code Texts.of(ApheresisText.class)}.
 */
@MessageBundle("apheresis")
public interface ApheresisText {

    // APH-1: infection screening (InfectionScreeningOnFileGuard, JourneyFlags)

    @Message("Record the infection screening results before leukapheresis; missing: {missing}.")
    String infectionScreeningMissing(String missing);

    @Message("Positive {markers} before leukapheresis: monitor liver function and viral markers after infusion.")
    String viralMonitoringFlag(String markers);

    // CONSENT-2: leukapheresis consent (LeukapheresisConsentGuard)

    @Message("Explain in writing how the collected white cells are used and record the written, witnessed consent "
            + "before leukapheresis.")
    String consentMissing();

    @Message("The leukapheresis consent must be written.")
    String consentNotWritten();

    @Message("The use of the collected cells must be explained in writing.")
    String useOfCellsNotExplained();

    @Message("The leukapheresis consent is dated {signedOn}, after today.")
    String consentDatedAfterToday(java.time.LocalDate signedOn);

    // APH-2: non-mobilized collection (NonMobilizedCollectionGuard, recordCollection)

    @Message("No leukapheresis is recorded.")
    String noLeukapheresis();

    @Message("Collection {din} followed {agent} mobilization; leukapheresis collects non-mobilized cells, so it is "
            + "not shipped for manufacture. Record a new collection after the mobilizing agent has cleared.")
    String mobilizedCollection(String din, String agent);

    @Message("G-CSF")
    String agentGcsf();

    @Message("plerixafor")
    String agentPlerixafor();

    // AUTOLOGOUS-1: chain of identity (CollectionChainOfIdentityGuard, ChainOfIdentity, recordCollection)

    @Message("Record the collection with its Chain-of-Identity ID and ISBT 128 DIN first.")
    String recordCollectionWithIdentityFirst();

    @Message("No collection with a chain of identity is recorded for course {courseId}.")
    String noChainOfIdentity(long courseId);

    @Message("Chain-of-Identity ID {coiId} is not this patient's ({expected}).")
    String coiNotThisPatients(String coiId, String expected);

    @Message("DIN {din} is not a collection of this patient's course.")
    String dinNotThisPatients(String din);

    @Message("This course's Chain-of-Identity ID is {expected}; a new collection of the same patient keeps it "
            + "(got {got}).")
    String coiChanged(String expected, String got);

    @Message("Chain-of-Identity ID {coiId} belongs to another course ({otherCourseId}).")
    String coiOfAnotherCourse(String coiId, Long otherCourseId);

    @Message("DIN {din} is already recorded for a collection.")
    String dinAlreadyRecorded(String din);

    // ISBT 128 DIN and its check character (DonationIdentificationNumber)

    @Message("an ISBT 128 DIN has 13 characters: facility code (5), year (2), sequence number (6)")
    String dinFormat();

    @Message("one character 0-9, A-Z or *")
    String dinCheckFormat();

    @Message("'{check}' is not the ISO 7064 MOD 37-2 check character of DIN {din}; re-key the DIN and its check "
            + "character from the bag label")
    String dinCheckWrong(String check, String din);

    // APH-3: cold chain (ColdChainKeptGuard, packShipment, recordTemperature, decideExcursion)

    @Message("No collection is recorded, so there is no shipment.")
    String noCollectionNoShipment();

    @Message("Record the packing of DIN {din} in a 2-8 °C transport box.")
    String recordPacking(String din);

    @Message("Temperature excursion {celsius} °C at {measuredAt} (reading {readingId}) has no documented decision.")
    String excursionUndecided(java.math.BigDecimal celsius, String measuredAt, Long readingId);

    @Message("The excursion of reading {readingId} was decided DO_NOT_USE: a new collection is needed.")
    String excursionDoNotUse(Long readingId);

    @Message("No collection is recorded; record the leukapheresis first.")
    String noCollectionRecordFirst();

    @Message("DIN {din} is already packed for shipment.")
    String dinAlreadyPacked(String din);

    @Message("must be above boxSetLowC")
    String boxHighNotAboveLow();

    @Message("The transport box is set to {low}-{high} °C; the apheresis product travels in a box set to 2-8 °C.")
    String boxSetOutsideRange(java.math.BigDecimal low, java.math.BigDecimal high);

    @Message("No shipment is packed for the latest collection; record the packing first.")
    String noShipmentPackFirst();

    @Message("Temperature reading")
    String temperatureReading();

    @Message("Reading {readingId} ({celsius} °C) is within 2-8 °C; it needs no decision.")
    String readingWithinRange(long readingId, java.math.BigDecimal celsius);

    @Message("Reading {readingId} is already decided ({decision}).")
    String readingAlreadyDecided(long readingId, ExcursionDecision decision);

    // Dates and times of the commands (ApheresisService)

    @Message("is after today")
    String isAfterToday();

    @Message("must be after startedAt")
    String endNotAfterStart();

    @Message("a leukapheresis lasts less than 24 hours; check the dates")
    String collectionTooLong();

    @Message("is in the future; record the collection once it has ended")
    String collectionEndInFuture();

    // The course state a command needs (ApheresisService.edit)

    @Message("Infection screening")
    String whatInfectionScreening();

    @Message("The leukapheresis consent")
    String whatConsent();

    @Message("Leukapheresis scheduling")
    String whatScheduling();

    @Message("A leukapheresis")
    String whatLeukapheresis();

    @Message("The cold-chain shipment")
    String whatShipment();

    @Message("Chain of custody")
    String whatCustody();

    @Message("Transport temperature")
    String whatTemperature();

    @Message("An excursion decision")
    String whatExcursionDecision();

    // Who may do it (CurrentUser.requireRole)

    @Message("record infection screening")
    String actionRecordInfectionScreening();

    @Message("record the leukapheresis consent")
    String actionRecordConsent();

    @Message("schedule leukapheresis")
    String actionScheduleLeukapheresis();

    @Message("record a leukapheresis")
    String actionRecordLeukapheresis();

    @Message("record the cold-chain shipment")
    String actionRecordShipment();

    @Message("record a custody hand-off")
    String actionRecordHandoff();

    @Message("record a transport temperature")
    String actionRecordTemperature();

    @Message("decide on a temperature excursion")
    String actionDecideExcursion();

    // The coordinator's schedule (ApheresisScheduleSource)

    @Message("Leukapheresis")
    String scheduleLeukapheresis();

    @Message("Leukapheresis in {unit}")
    String scheduleLeukapheresisIn(String unit);
}

package org.cartflow.product;

import java.time.Instant;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.time.LocalDate;
import org.cartflow.kernel.CourseState;

/**
 * What the product stage's guards and service say, in English; Japanese in messages/product_ja.properties. Obtained
 * in the request's language with {@code Texts.of(ProductText.class)}.
 */
@MessageBundle("product")
public interface ProductText {

    // Nouns (not found) and readings

    @Message("Excursion")
    String excursion();

    /** The location of the reading taken from the shipper's logger on arrival. */
    @Message("shipper on arrival")
    String shipperOnArrival();

    // Actions (CommonText.onlyRolesMay)

    @Message("receive the product")
    String actionReceive();

    @Message("put the product into storage")
    String actionStore();

    @Message("record a storage temperature")
    String actionRecordReading();

    @Message("decide on a temperature excursion")
    String actionDecideExcursion();

    // PatientIdentifiers.mismatches: one identifier that differs ({label} says where it was read)

    @Message("{label} MRN {mrn} is not the patient's ({patientMrn})")
    String mrnMismatch(String label, String mrn, String patientMrn);

    @Message("{label} name {familyName} {givenName} is not the patient's ({patientFamilyName} {patientGivenName})")
    String nameMismatch(String label, String familyName, String givenName, String patientFamilyName,
            String patientGivenName);

    @Message("{label} birth date {birthDate} is not the patient's ({patientBirthDate})")
    String birthDateMismatch(String label, LocalDate birthDate, LocalDate patientBirthDate);

    @Message("{label} chain-of-identity ID {chainOfIdentityId} is not this course's ({coiId})")
    String chainOfIdentityMismatch(String label, String chainOfIdentityId, String coiId);

    // Receipt (AUTOLOGOUS-1, STO-2, STO-3, DOSE-1)

    @Message("The course is {state}; a product is received while the course is in MANUFACTURING.")
    String receiptNotNow(CourseState state);

    @Message("The product of this course was already received.")
    String alreadyReceived();

    @Message("No manufacturing run of this course is SHIPPED.")
    String noShippedRun();

    @Message("listed twice on the certificate")
    String listedTwice();

    @Message("Certificate")
    String certificate();

    @Message("{mismatch}. This product is not for this patient: do not accept it; quarantine and call the manufacturer.")
    String notThisPatientsProduct(String mismatch);

    @Message("The product expired on {expiryDate}; it must not be used.")
    String expired(LocalDate expiryDate);

    @Message("The certificate's bags hold {total} x 10^6 CAR+ T cells; the label allows 280-540 x 10^6 (target 450).")
    String receivedDoseOutOfRange(String total);

    // Storage and temperature (STO-1)

    @Message("The product is already in storage at {location}; record readings instead.")
    String alreadyInStorage(String location);

    @Message("before the product was received ({receivedAt})")
    String beforeReceipt(String receivedAt);

    @Message("A quarantined product is released only on the manufacturer's assessment of the excursion: record its "
            + "reference, who at the manufacturer assessed it and when (manufacturerAssessment).")
    String releaseNeedsManufacturerAssessment();

    @Message("is in the future")
    String assessmentInTheFuture();

    @Message("is before the excursion opened ({openedAt})")
    String assessmentBeforeExcursion(Instant openedAt);

    @Message("Excursion {excursionId} was already decided: {decision}.")
    String excursionAlreadyDecided(long excursionId, StorageExcursion.Decision decision);

    @Message("Temperature excursion: {reason}")
    String discardedForExcursion(String reason);

    @Message("STO-1: {temperatureC} C at {measuredAt} is warmer than -130 C; awaiting a physician's decision.")
    String quarantinedWarm(String temperatureC, String measuredAt);

    @Message("The course is {state}; the product is not held now.")
    String productNotHeld(CourseState state);

    @Message("No product has been received for this course; record the receipt first.")
    String nothingReceived();

    // Guards

    @Message("No product receipt is recorded: receive the shipment against its release certificate first "
            + "(POST /courses/{courseId}/product/receipt).")
    String receiveFirst(long courseId);

    @Message("The certificate lists {total} x 10^6 CAR+ T cells, outside 280-540 x 10^6.")
    String certificateDoseOutOfRange(String total);

    @Message("No product receipt is recorded for this course.")
    String noReceipt();

    @Message("The product is not recorded in storage: put it into the vapour phase of liquid nitrogen and record the "
            + "location and temperature.")
    String notInStorage();

    @Message("Temperature excursion {excursionId} awaits a physician's decision (release or discard); the product cannot "
            + "be used until then.")
    String excursionUndecided(Long excursionId);

    @Message("The latest storage reading is {temperatureC} C; it must be -130 C or colder.")
    String latestReadingTooWarm(String temperatureC);

    @Message("Every bag of this product was discarded; nothing is left to infuse.")
    String everyBagDiscarded();

    @Message("The product expired on {expiryDate}; it must not be used. Contact the manufacturer.")
    String expiredContactManufacturer(LocalDate expiryDate);
}

package org.cartflow.manufacturing;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What the manufacturing stage's guards and service say, in English; Japanese in
 * messages/manufacturing_ja.properties. Obtained in the request's language with
 * {@code Texts.of(ManufacturingText.class)}.
 */
@MessageBundle("manufacturing")
public interface ManufacturingText {

    // Ordering a run (ManufacturingService.order)

    @Message("a second run needs NEW_COLLECTION or RETAINED_MATERIAL")
    String secondRunNeedsSource();

    @Message("the first run is made from the original collection")
    String firstRunFromOriginalCollection();

    @Message("No collection is recorded; record the leukapheresis first.")
    String noCollectionRecordFirst();

    @Message("Run {runNumber} was already the second run; KarMMa allowed one second run.")
    String alreadySecondRun(int runNumber);

    @Message("Run {runNumber} neither failed nor yielded fewer than {minimumYield} x 10^6 CAR+ T cells (the label's "
            + "minimum dose); report its status first.")
    String secondRunNotJustifiedReportStatus(int runNumber, java.math.BigDecimal minimumYield);

    @Message("no collection after run {runNumber} is recorded; record it first")
    String noCollectionAfterRun(int runNumber);

    @Message("DIN {din} is not the starting material of this run ({source}: DIN {materialDin}).")
    String dinNotStartingMaterial(String din, RunSource source, String materialDin);

    // Status of a run (ManufacturingService.updateStatus)

    @Message("Run {runNumber} is {status}; it cannot become {newStatus}.")
    String runCannotBecome(int runNumber, ManufacturingStatus status, ManufacturingStatus newStatus);

    @Message("say why the run failed")
    String sayWhyRunFailed();

    @Message("yield and specification come with release testing")
    String resultsWithReleaseTesting();

    @Message("Manufacturing run")
    String manufacturingRun();

    // MFG-2: out-of-specification release (OutOfSpecReleaseGuard, reviewDeviation, releaseByException)

    @Message("Record the review of the deviation and of the patient's condition before agreeing to the exception.")
    String reviewBeforeException();

    @Message("Run {runNumber} is not out of specification.")
    String runNotOutOfSpec(int runNumber);

    @Message("Run {runNumber} is already accepted by exception.")
    String runAlreadyAccepted(int runNumber);

    @Message("Run {runNumber} is out of specification: record the review of the deviation and of the patient's "
            + "condition.")
    String outOfSpecReviewMissing(int runNumber);

    @Message("Run {runNumber} is out of specification: the treating physician's agreement to accept it by exception "
            + "is not recorded.")
    String outOfSpecAgreementMissing(int runNumber);

    // AUTOLOGOUS-1: the product matches the collection (ProductMatchesCollectionGuard)

    @Message("No manufacturing run quoting this patient's chain of identity is recorded.")
    String noRunQuotingIdentity();

    @Message("Run {runNumber}: {mismatch}")
    String runMismatch(int runNumber, String mismatch);

    // MFG-1: second run (SecondRunJustifiedGuard)

    @Message("Order the second run from a new collection or the retained material before restarting manufacturing.")
    String orderSecondRunFirst();

    @Message("Run {runNumber} would be beyond the one second run KarMMa allowed.")
    String beyondOneSecondRun(int runNumber);

    @Message("Run {runNumber} neither failed nor yielded fewer than {minimumYield} x 10^6 CAR+ T cells.")
    String secondRunNotJustified(int runNumber, java.math.BigDecimal minimumYield);

    @Message("A second run needs a new collection or the retained material.")
    String secondRunNeedsMaterial();

    // The course state a command needs (ManufacturingService.requireState)

    @Message("The first manufacturing run")
    String whatFirstRun();

    @Message("A second manufacturing run")
    String whatSecondRun();

    @Message("A manufacturing status")
    String whatStatus();

    // Who may do it (CurrentUser.requireRole)

    @Message("order a manufacturing run")
    String actionOrderRun();

    @Message("report a manufacturing status")
    String actionReportStatus();

    @Message("record a deviation review")
    String actionRecordDeviationReview();

    @Message("agree to accept an out-of-specification product")
    String actionAcceptOutOfSpec();

    // MFG-INFO: expected dates (ManufacturingEstimate, ManufacturingScheduleSource)

    @Message("KarMMa: leukapheresis to shipment median 32 days (24-55), to infusion median 40 days (33-79)")
    String estimateBasis();

    @Message("Product shipped")
    String scheduleProductShipped();

    @Message("Run {runNumber} shipped; DIN {din}")
    String scheduleRunShipped(int runNumber, String din);

    @Message("Expected product shipment (median)")
    String scheduleExpectedShipment();

    @Message("MFG-INFO: expected between {earliest} and {latest} (KarMMa median 32 days, 24-55)")
    String scheduleExpectedBetween(java.time.LocalDate earliest, java.time.LocalDate latest);
}

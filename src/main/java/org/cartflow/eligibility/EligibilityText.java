package org.cartflow.eligibility;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What the eligibility stage's guards and service say, in English; Japanese in
 * messages/eligibility_ja.properties. Obtained in the request's language with {@code Texts.of(EligibilityText.class)}.
 */
@MessageBundle("eligibility")
public interface EligibilityText {

    @Message("Record the ECOG performance status at screening.")
    String ecogMissing();

    @Message("ECOG {score} (assessed {assessedOn}); KarMMa enrolled ECOG 0-1. A physician may override with a reason.")
    String ecogAboveOne(int score, java.time.LocalDate assessedOn);

    @Message("Record the diagnosis and disease status.")
    String diagnosisMissing();

    @Message("The product is indicated for multiple myeloma only.")
    String myelomaOnly();

    @Message("Disease status is {status}; the indication is relapsed or refractory multiple myeloma.")
    String notRelapsedOrRefractory(Object status);

    @Message("Explain efficacy and risks in writing and record the patient's or family's written consent.")
    String consentMissing();

    @Message("Consent must be written; verbal consent is not enough.")
    String consentNotWritten();

    @Message("The consent is dated {signedOn}, after today.")
    String consentDatedAfterToday(java.time.LocalDate signedOn);

    @Message("{count} prior line(s) on record; at least {min} are required.")
    String tooFewPriorLines(long count, int min);

    @Message("Prior therapy must include an immunomodulatory drug, a proteasome inhibitor and an anti-CD38 antibody; missing: {missing}.")
    String keyClassesMissing(String missing);

    @Message("Record pregnancy status and childbearing potential.")
    String pregnancyStatusMissing();

    @Message("The patient is pregnant; the product is in principle not given in pregnancy. Only if the benefit is judged "
            + "to outweigh the risk, a physician records that judgement and the contraception plan "
            + "(POST …/eligibility/pregnancy-benefit-risk).")
    String pregnantNeedsBenefitRiskDecision();

    @Message("Pregnancy is re-confirmed before lymphodepletion and before the thaw: record a negative test from the last "
            + "{days} days (latest negative test: {testedOn}).")
    String pregnancyNotReconfirmed(int days, String testedOn);

    @Message("The latest pregnancy status is not a pregnancy; a benefit-risk decision answers a recorded pregnancy.")
    String benefitRiskOnlyForPregnancy();

    @Message("record the benefit-risk decision for a pregnant patient (ELIG-6)")
    String decideBenefitRisk();

    @Message("Record the date of a negative pregnancy test.")
    String negativeTestMissing();

    @Message("Counsel on contraception during and after treatment and record it before eligibility.")
    String contraceptionNotCounselled();

    @Message("Record the patient's history of hypersensitivity to the product's components.")
    String hypersensitivityHistoryMissing();

    @Message("History of hypersensitivity to {components}: contraindicated.")
    String hypersensitive(String components);

    @Message("human serum albumin")
    String humanSerumAlbumin();

    @Message("multiple electrolyte solution")
    String multipleElectrolyteSolution();

    @Message("Record the site's CRS emergency capability and the treating physician's qualification.")
    String siteQualificationMissing();

    @Message("Site {siteCode} is not recorded as able to manage CRS emergencies.")
    String siteCannotManageCrs(String siteCode);

    @Message("Treating physician {physician} is not recorded as experienced in hematologic malignancy and stem-cell transplantation.")
    String physicianNotExperienced(String physician);

    @Message("Treating physician {physician} has no completed manufacturer training on record.")
    String physicianNotTrained(String physician);

    @Message("Record the prior lines of therapy, with the outcome of the last one.")
    String priorLinesMissing();

    @Message("The most recent line ({line}, {regimen}) is recorded as {outcome}; progression on it or relapse after it is required.")
    String noProgressionOnLastLine(int line, String regimen, Object outcome);

    @Message("Line {line} ({regimen}) was a BCMA-targeted CAR-T therapy; a patient treated with one is not eligible.")
    String priorBcmaCarTLine(int line, String regimen);

    @Message("The patient received this BCMA-targeted CAR-T product in course {courseId}.")
    String productGivenInCourse(Long courseId);

    @Message("before startedOn")
    String endedBeforeStarted();

    @Message("Line {line} is already recorded; retract it first if it was entered in error.")
    String lineAlreadyRecorded(int line);

    @Message("correct the therapy history")
    String correctTherapyHistory();

    @Message("Therapy line")
    String therapyLine();

    @Message("Therapy line {lineId} is already retracted.")
    String lineAlreadyRetracted(long lineId);

    @Message("cannot be false for a pregnant patient")
    String pregnantSoChildbearing();

    @Message("a pregnant patient has no negative test")
    String pregnantSoNoNegativeTest();

    @Message("record the eligibility work-up")
    String recordWorkUp();

    @Message("The eligibility work-up is closed for this finding: the course is {state}. It is recorded during {open}.")
    String workUpClosed(Object state, String open);
}

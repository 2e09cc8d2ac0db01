package org.cartflow.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The small DEMO programme a new user opens: one patient in each stage of the journey, every record made through
 * the REST API (same roles, guards and audit as a user's request) with the app's clock moved to the moment each
 * step would have happened. Patients are marked DEMO in their MRN and family name. README lists the same table.
 */
public final class DemoProgramme {

    /** A seeded course: where it stands and what it shows. */
    public record SeededCourse(String mrn, String name, long courseId, String state, Integer dayNumber,
            String shows) {
    }

    /** The app's clock as the seed moves it: to a past moment, then back to real time. */
    public interface AppClock {
        void set(Instant at);

        void reset();
    }

    private final DemoApi api;
    private final AppClock clock;
    private final Instant realNow;
    private final LocalDate today;
    private int serial;

    public DemoProgramme(DemoApi api, AppClock clock, Instant realNow) {
        this.api = api;
        this.clock = clock;
        this.realNow = realNow;
        this.today = realNow.atZone(DemoJourney.ZONE).toLocalDate();
    }

    /** Walks every demo patient to its stage, then reads each course back at real time (its state and day). */
    public List<SeededCourse> seed() {
        List<Walked> walked = new ArrayList<>();
        try {
            walked.add(referral());
            walked.add(screeningWithMissingFindings());
            walked.add(ineligible());
            walked.add(eligible());
            walked.add(collection());
            walked.add(manufacturing());
            walked.add(manufacturingFailed());
            walked.add(productInStorage());
            walked.add(ldOrderAwaitingPharmacist());
            walked.add(lymphodepletionDay2Due());
            walked.add(infusionReady());
            walked.add(monitoringDay3WithCrsGrade1());
            walked.add(outpatientProximity());
            walked.add(followUp());
            walked.add(completed());
        } finally {
            clock.reset();
        }
        List<SeededCourse> seeded = new ArrayList<>();
        for (Walked w : walked) {
            var course = w.journey.course();
            Integer day = course.path("dayNumber").isNumber() ? course.path("dayNumber").asInt() : null;
            seeded.add(new SeededCourse(w.journey.mrn, w.journey.familyName + " " + w.journey.givenName,
                    w.journey.courseId, course.path("state").asText(), day, w.shows));
        }
        return seeded;
    }

    private record Walked(DemoJourney journey, String shows) {
    }

    /** A patient whose planned day 0 is {@code d0} (the journey's steps are dated from it). */
    private DemoJourney patient(LocalDate d0, String family, String given, String birthDate, String sex) {
        serial++;
        return new DemoJourney(api, clock::set, realNow, d0, serial, "DEMO " + family, given, birthDate, sex);
    }

    /** A journey whose registration (day −40) is today. */
    private LocalDate registeredToday() {
        return today.plusDays(40);
    }

    private Walked result(DemoJourney j, String shows) {
        return new Walked(j, shows);
    }

    private Walked referral() {
        DemoJourney j = patient(registeredToday(), "Aoki", "Kenji", "1958-03-14", "MALE");
        return result(j, "referred today; the coordinator starts screening");
    }

    private Walked screeningWithMissingFindings() {
        DemoJourney j = patient(registeredToday(), "Ishikawa", "Yumi", "1964-07-02", "FEMALE");
        j.at(-40, 9, 30);
        j.transition("coordinator", "start-screening");
        j.siteAndDiagnosis();
        j.therapyLine(1, List.of("IMMUNOMODULATORY_DRUG", "PROTEASOME_INHIBITOR", "CORTICOSTEROID"), "RELAPSED_AFTER",
                "bortezomib, lenalidomide, dexamethasone");
        j.therapyLine(2, List.of("ANTI_CD38_ANTIBODY", "IMMUNOMODULATORY_DRUG"), "PROGRESSED_ON",
                "daratumumab, pomalidomide, dexamethasone");
        return result(j, "screening: ECOG, pregnancy status, hypersensitivity and consent missing, two prior lines"
                + " (declare-eligible blocked)");
    }

    private Walked ineligible() {
        DemoJourney j = patient(today.plusDays(38), "Ueda", "Takashi", "1950-11-20", "MALE");
        j.at(-40, 9, 30);
        j.transition("coordinator", "start-screening");
        j.siteAndDiagnosis();
        j.threePriorLines();
        j.ecog(3);
        j.at(-38, 10, 0);
        j.transition("physician", "declare-ineligible", "ECOG 3 (ELIG-5): not a candidate now; best supportive care");
        return result(j, "declared ineligible with the physician's reason");
    }

    private Walked eligible() {
        DemoJourney j = patient(today.plusDays(41), "Endo", "Mariko", "1966-01-09", "FEMALE");
        j.declaredEligible();
        return result(j, "eligible since yesterday; infection markers and leukapheresis consent are next");
    }

    private Walked collection() {
        DemoJourney j = patient(today.plusDays(38), "Okada", "Hiroshi", "1961-05-27", "MALE");
        j.declaredEligible();
        j.collectionStarted();
        return result(j, "leukapheresis booked in three days");
    }

    private Walked manufacturing() {
        DemoJourney j = patient(today.plusDays(30), "Kato", "Naoko", "1959-09-30", "FEMALE");
        j.declaredEligible();
        j.collectionStarted();
        j.manufacturingStarted();
        return result(j, "collected five days ago; the manufacturing run is in progress");
    }

    private Walked manufacturingFailed() {
        DemoJourney j = patient(today.plusDays(14), "Mori", "Shinji", "1955-12-12", "MALE");
        j.declaredEligible();
        j.collectionStarted();
        long run = j.manufacturingStarted();
        j.at(-14, 10, 0);
        j.runStatus(run, Map.of("status", "RELEASE_TESTING", "carTCellYieldMillions", 120.0));
        j.runStatus(run, Map.of("status", "FAILED", "note", "yield 120 x 10^6 CAR+ T cells"));
        j.transition("coordinator", "report-manufacturing-failure", "yield 120 x 10^6 CAR+ T cells (MFG-1)");
        return result(j, "first run failed today; a second run needs a physician (MFG-1)");
    }

    /** Eligibility, collection, an in-specification run and the product received and stored (day −9). */
    private static void throughProductReceipt(DemoJourney j) {
        j.declaredEligible();
        j.collectionStarted();
        j.runShipped(j.manufacturingStarted());
        j.productReceived();
    }

    /** {@link #throughProductReceipt}, then the pre-LD assessment, the verified order and LD started (day −5). */
    private static void throughLdStart(DemoJourney j) {
        throughProductReceipt(j);
        j.ldPrescribed();
        j.ldVerified();
        j.lymphodepletionStarted();
    }

    private Walked productInStorage() {
        DemoJourney j = patient(today.plusDays(9), "Fujita", "Akemi", "1963-04-18", "FEMALE");
        throughProductReceipt(j);
        return result(j, "product received today and stored at -150 C; pre-LD assessment and LD order next");
    }

    private Walked ldOrderAwaitingPharmacist() {
        DemoJourney j = patient(today.plusDays(7), "Nakamura", "Yoshio", "1957-08-05", "MALE");
        throughProductReceipt(j);
        j.ldPrescribed();
        return result(j, "LD order prescribed today, waiting for the pharmacist's verification (/ui/pharmacy)");
    }

    private Walked lymphodepletionDay2Due() {
        DemoJourney j = patient(today.plusDays(4), "Hayashi", "Keiko", "1962-02-23", "FEMALE");
        throughLdStart(j);
        j.ldDosesOfDay(1);
        return result(j, "LD day 1 given yesterday; today's fludarabine and cyclophosphamide are due");
    }

    /** LD days −5..−3 given; on day 0 (today) the same-day check is clear and the bag waits for the nurses. */
    private DemoJourney afterLd(LocalDate d0, String family, String given, String birthDate, String sex) {
        DemoJourney j = patient(d0, family, given, birthDate, sex);
        throughLdStart(j);
        for (int day = 1; day <= 3; day++) {
            j.ldDosesOfDay(day);
        }
        j.infusionReady();
        return j;
    }

    private Walked infusionReady() {
        DemoJourney j = afterLd(today, "Shimizu", "Tomoko", "1960-06-15", "FEMALE");
        return result(j, "day 0: ready at the bedside (/ui/courses/{id}/infusion): premedication, then the bag");
    }

    private Walked monitoringDay3WithCrsGrade1() {
        DemoJourney j = afterLd(today.minusDays(3), "Yamaguchi", "Satoshi", "1956-10-03", "MALE");
        j.infused();
        j.dailyAssessments(3, Map.of(3, 38.4));
        return result(j, "day 3 inpatient: fever 38.4 C this morning, CRS grade 1 (/ui/courses/{id}/monitoring)");
    }

    private Walked outpatientProximity() {
        DemoJourney j = afterLd(today.minusDays(20), "Kobayashi", "Emi", "1965-03-08", "FEMALE");
        j.infused();
        j.discharged();
        return result(j, "day 20: discharged on day 14 (CRS grade 1 on day 2), staying near the hospital to day 30");
    }

    private Walked followUp() {
        DemoJourney j = afterLd(today.minusDays(90), "Saito", "Masaru", "1954-07-21", "MALE");
        j.infused();
        j.discharged();
        j.proximityEnded();
        j.response(30, "PR", "NOT_DONE");
        j.response(60, "VGPR", "NOT_DONE");
        return result(j, "day 90 in long-term follow-up: partial response on day 30, very good partial on day 60");
    }

    private Walked completed() {
        DemoJourney j = afterLd(today.minusDays(740), "Inoue", "Sachiko", "1952-05-11", "FEMALE");
        j.infused();
        j.discharged();
        j.proximityEnded();
        j.response(30, "PR", "NOT_DONE");
        j.response(90, "CR", "NEGATIVE");
        j.response(730, "CR", "NEGATIVE");
        j.at(731, 10, 0);
        j.transition("coordinator", "complete-follow-up");
        return result(j, "24 months of follow-up completed in complete response, MRD negative");
    }
}

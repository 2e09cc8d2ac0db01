package org.cartflow.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.cartflow.apheresis.Iso7064Mod37_2;

/** REST Assured shortcuts: requests as a user of a role, and fixtures built through the public API. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String user, String... roles) {
        return given().filter(OpenApiContract.FILTER).header("Authorization", "Bearer " + Tokens.of(user, roles))
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    public static RequestSpecification coordinator() {
        return as("coord-ann", "coordinator");
    }

    public static RequestSpecification physician() {
        return as("dr-sato", "physician");
    }

    public static RequestSpecification nurse() {
        return as("nurse-kim", "nurse");
    }

    public static RequestSpecification pharmacist() {
        return as("pharm-lee", "pharmacist");
    }

    public static String newMrn() {
        return "MRN-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, Object> patientBody(String mrn, String sex) {
        return Map.of("mrn", mrn, "familyName", "Yamada", "givenName", "Hanako", "birthDate", "1961-04-02",
                "sex", sex, "hospitalZone", "Asia/Tokyo");
    }

    public static long newPatient(String sex) {
        return coordinator().body(patientBody(newMrn(), sex)).post("/patients").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    public static long newCourse(long patientId) {
        return coordinator().post("/patients/" + patientId + "/courses").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** A course opened on {@code openedOn} (10:00 Tokyo, so pinned to the label profile in force then) in SCREENING. */
    public static long courseInScreeningOpenedOn(MutableClock clock, LocalDate openedOn, String sex) {
        clock.set(openedOn.atTime(10, 0).atZone(TOKYO).toInstant());
        long course = newCourse(newPatient(sex));
        clock.reset();
        transition(course, "start-screening", coordinator());
        return course;
    }

    /**
     * A complete eligibility work-up with two prior therapies that together include an IMiD, a PI and an anti-CD38
     * antibody, progressing on the last: eligible under ELIG-3-JP23, refused by ELIG-3 of JP 2022.
     */
    public static void twoPriorLines(long course) {
        recordEligibleWorkUp(course, () -> {
            addLine(course, 1, List.of("IMMUNOMODULATORY_DRUG", "PROTEASOME_INHIBITOR", "CORTICOSTEROID"),
                    "RELAPSED_AFTER");
            addLine(course, 2, List.of("ANTI_CD38_ANTIBODY", "IMMUNOMODULATORY_DRUG"), "PROGRESSED_ON");
        });
    }

    /** A patient and a course in SCREENING. */
    public static long courseInScreening(String sex) {
        long course = newCourse(newPatient(sex));
        transition(course, "start-screening", coordinator());
        return course;
    }

    public static void transition(long course, String transition, RequestSpecification as) {
        as.body(Map.of("transition", transition)).post("/courses/" + course + "/transitions").then().statusCode(200);
    }

    public static void transition(long course, String transition, String reason, RequestSpecification as) {
        as.body(Map.of("transition", transition, "reason", reason)).post("/courses/" + course + "/transitions").then()
                .statusCode(200);
    }

    /** Records a complete, passing eligibility work-up for a male patient's course. */
    public static void recordEligibleWorkUp(long course) {
        recordEligibleWorkUp(course, () -> {
            addLine(course, 1, List.of("IMMUNOMODULATORY_DRUG", "CORTICOSTEROID"), "RELAPSED_AFTER");
            addLine(course, 2, List.of("PROTEASOME_INHIBITOR"), "RELAPSED_AFTER");
            addLine(course, 3, List.of("ANTI_CD38_ANTIBODY", "IMMUNOMODULATORY_DRUG"), "PROGRESSED_ON");
        });
    }

    /** The eligibility work-up with the therapy lines {@code lines} records. */
    public static void recordEligibleWorkUp(long course, Runnable lines) {
        String today = LocalDate.now().toString();
        String base = "/courses/" + course + "/eligibility/";
        physician().body(Map.of("siteCode", "TKY-01", "siteName", "Tokyo General", "crsEmergencyCapable", true,
                "treatingPhysician", "dr-sato", "hemeSctExperienced", true, "manufacturerTrainingOn", "2026-01-15"))
                .put(base + "site-qualification").then().statusCode(200);
        physician().body(Map.of("diagnosis", "MULTIPLE_MYELOMA", "diseaseStatus", "RELAPSED_AND_REFRACTORY"))
                .put(base + "diagnosis").then().statusCode(200);
        lines.run();
        physician().body(Map.of("score", 1, "assessedOn", today)).put(base + "ecog").then().statusCode(200);
        physician().body(Map.of("childbearingPotential", false, "pregnant", false, "contraceptionCounselled", true))
                .put(base + "pregnancy-status").then().statusCode(200);
        physician().body(Map.of("dmso", false, "humanSerumAlbumin", false, "electrolyteSolution", false))
                .put(base + "hypersensitivity").then().statusCode(200);
        physician().body(Map.of("signedOn", today, "signedBy", "PATIENT", "signerName", "Yamada Taro",
                "explainedBy", "dr-sato", "documentReference", "IC-2026-001", "written", true))
                .put(base + "consent").then().statusCode(200);
    }

    public static long addLine(long course, int number, List<String> classes, String outcome) {
        return physician().body(Map.of("lineNumber", number, "regimen", "regimen " + number, "agentClasses", classes,
                "startedOn", "2024-0" + number + "-01", "endedOn", "2024-0" + number + "-28", "outcome", outcome))
                .post("/courses/" + course + "/eligibility/therapy-lines").then().statusCode(201)
                .extract().jsonPath().getLong("therapyLines.find { it.lineNumber == " + number + " && !it.retracted }.id");
    }

    private static final AtomicInteger DIN_SERIAL = new AtomicInteger((int) (Math.random() * 900_000));

    /** A fresh ISBT 128 DIN (13 characters) of the test facility "W0001"; its check character via {@link #check}. */
    public static String newDin() {
        return "W0001" + "26" + String.format("%06d", DIN_SERIAL.incrementAndGet() % 1_000_000);
    }

    public static String check(String din) {
        return String.valueOf(Iso7064Mod37_2.checkCharacter(din));
    }

    public static String newCoi() {
        return "COI-" + UUID.randomUUID().toString().substring(0, 12).toUpperCase();
    }

    /** A male patient's course declared ELIGIBLE. */
    public static long eligibleCourse() {
        long course = courseInScreening("MALE");
        recordEligibleWorkUp(course);
        transition(course, "declare-eligible", physician());
        return course;
    }

    /** An ELIGIBLE course with the apheresis work-up, moved to COLLECTION. */
    public static long courseInCollection() {
        long course = eligibleCourse();
        recordApheresisWorkUp(course);
        transition(course, "start-collection", coordinator());
        return course;
    }

    public static RequestSpecification admin() {
        return as("admin-root", "admin");
    }

    /** APH-1 (all markers negative) and CONSENT-2 on file: start-collection may go ahead. */
    public static void recordApheresisWorkUp(long course) {
        String base = "/courses/" + course + "/apheresis/";
        for (String marker : List.of("CMV", "HBSAG", "ANTI_HBC", "HCV", "HIV")) {
            coordinator().body(Map.of("marker", marker, "result", "NEGATIVE", "testedOn", LocalDate.now().minusDays(3)
                    .toString())).post(base + "infection-tests").then().statusCode(201);
        }
        coordinator().body(leukapheresisConsent()).put(base + "consent").then().statusCode(200);
    }

    public static Map<String, Object> leukapheresisConsent() {
        return Map.of("signedOn", LocalDate.now().minusDays(1).toString(), "signerName", "Yamada Taro",
                "witnessName", "Suzuki Ichiro", "explainedBy", "dr-sato", "documentReference", "IC-APH-001",
                "written", true, "useOfCellsExplained", true);
    }

    /** A non-mobilized collection ending an hour ago with a fresh DIN; returns the body sent. */
    public static Map<String, Object> collectionBody(String coi, String din) {
        Map<String, Object> m = new HashMap<>();
        OffsetDateTime end = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1);
        m.put("startedAt", end.minusHours(4).toString());
        m.put("endedAt", end.toString());
        m.put("volumeMl", 250);
        m.put("totalNucleatedCellsE9", 12.5);
        m.put("cd3CellsE9", 4.2);
        m.put("gcsfInPriorDays", false);
        m.put("plerixaforInPriorDays", false);
        m.put("chainOfIdentityId", coi);
        m.put("din", din);
        m.put("dinCheckCharacter", check(din));
        return m;
    }

    public static Map<String, Object> shipmentBody() {
        return Map.of("boxId", "BOX-" + UUID.randomUUID().toString().substring(0, 6), "boxSetLowC", 2.0,
                "boxSetHighC", 8.0, "packedAt", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(50).toString(),
                "packedBy", "coord-ann", "destination", "Manufacturing site, Summit NJ");
    }

    /** Collection (returns its COI), a 2-8 °C shipment, one hand-off and an in-range reading: start-manufacturing may go. */
    public static String recordCollectionAndShipment(long course) {
        return recordCollectionAndShipment(course, newCoi());
    }

    public static String recordCollectionAndShipment(long course, String coi) {
        String base = "/courses/" + course + "/apheresis/";
        coordinator().body(collectionBody(coi, newDin())).post(base + "collections").then().statusCode(201);
        coordinator().body(shipmentBody()).put(base + "shipment").then().statusCode(200);
        coordinator().body(Map.of("fromParty", "Apheresis unit", "toParty", "Courier", "handedAt",
                OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(40).toString(), "location", "Dock 2"))
                .post(base + "shipment/handoffs").then().statusCode(201);
        coordinator().body(Map.of("measuredAt", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(30).toString(),
                "celsius", 5.0)).post(base + "shipment/temperatures").then().statusCode(201);
        return coi;
    }

    /** The latest collection's DIN of a course. */
    public static String latestDin(long course) {
        return coordinator().get("/courses/" + course + "/apheresis").then().statusCode(200).extract().jsonPath()
                .getString("collections[-1].din");
    }

    /** The course's chain of identity as the apheresis view shows it: [COI, latest DIN]. */
    public static String[] identity(long course) {
        var json = coordinator().get("/courses/" + course + "/apheresis").then().statusCode(200).extract().jsonPath();
        return new String[] { json.getString("chainOfIdentity.coiId"), json.getString("collections[-1].din") };
    }

    /** Orders a run quoting the course's identity; returns its id. */
    public static long orderRun(long course, String source, String din) {
        String[] id = identity(course);
        Map<String, Object> body = new HashMap<>();
        body.put("chainOfIdentityId", id[0]);
        body.put("din", din == null ? id[1] : din);
        if (source != null) {
            body.put("source", source);
        }
        return coordinator().body(body).post("/courses/" + course + "/manufacturing/orders").then().statusCode(201)
                .extract().jsonPath().getLong("orders[-1].id");
    }

    public static void runStatus(long course, long run, Map<String, Object> body) {
        coordinator().body(body).put("/courses/" + course + "/manufacturing/orders/" + run + "/status").then()
                .statusCode(200);
    }

    /** Release testing then shipment of an in-specification run with the given yield (x 10^6 CAR+ T cells). */
    public static void shipRun(long course, long run, double yieldMillions) {
        runStatus(course, run, Map.of("status", "RELEASE_TESTING"));
        runStatus(course, run, Map.of("status", "SHIPPED", "carTCellYieldMillions", yieldMillions,
                "outOfSpecification", false));
    }

    /**
     * For a course in COLLECTION: records the collection and its cold chain, starts manufacturing, and ships an
     * in-specification first run; the course is then ready for receive-product.
     */
    public static long recordCollectionAndManufacturing(long course) {
        recordCollectionAndShipment(course);
        transition(course, "start-manufacturing", coordinator());
        long run = orderRun(course, null, null);
        shipRun(course, run, 420.0);
        return run;
    }

    public static final java.time.ZoneId TOKYO = java.time.ZoneId.of("Asia/Tokyo");

    /** A pre-LD assessment measured yesterday (Tokyo): 170 cm, 70 kg, creatinine 1.0 mg/dL, no findings. */
    public static Map<String, Object> assessmentBody(double heightCm, double weightKg, double creatinine, String unit) {
        String yesterday = LocalDate.now(TOKYO).minusDays(1).toString();
        Map<String, Object> m = new java.util.HashMap<>();
        m.put("heightCm", heightCm);
        m.put("heightMeasuredOn", yesterday);
        m.put("weightKg", weightKg);
        m.put("weightMeasuredOn", yesterday);
        // the calculator's unit names, as the tests call them, sent as the UCUM codes the API takes
        String ucum = switch (unit) {
            case "MG_DL" -> "mg/dL";
            case "UMOL_L" -> "umol/L";
            default -> unit;
        };
        m.put("creatinine", lab(creatinine, ucum));
        m.put("creatinineMeasuredOn", yesterday);
        m.put("anc", lab(2500, "/uL"));
        m.put("platelets", lab(15, "10*4/uL"));
        m.put("hemoglobin", lab(11.2, "g/dL"));
        m.put("countsMeasuredOn", yesterday);
        m.put("activeInfection", false);
        m.put("inflammatoryDisease", false);
        m.put("seriousAdverseEventPulmonary", false);
        m.put("seriousAdverseEventCardiac", false);
        m.put("seriousAdverseEventHypotension", false);
        return m;
    }

    /** A nurse's pre-LD assessment (170 cm, 70 kg, creatinine 1.0 mg/dL) and a physician's order for LD day 1. */
    public static long prescribedLdOrder(long course, LocalDate ldDay1) {
        String base = "/courses/" + course + "/lymphodepletion/";
        nurse().body(assessmentBody(170, 70, 1.0, "MG_DL")).post(base + "assessments").then().statusCode(201);
        return physician().body(Map.of("ldDay1", ldDay1.toString())).post(base + "orders").then().statusCode(201)
                .extract().jsonPath().getLong("orders[-1].id");
    }

    /** {@link #prescribedLdOrder} and a pharmacist's verification. */
    public static long recordVerifiedLdOrder(long course, LocalDate ldDay1) {
        long order = prescribedLdOrder(course, ldDay1);
        pharmacist().post("/courses/" + course + "/lymphodepletion/orders/" + order + "/verification").then()
                .statusCode(200);
        return order;
    }

    /** Gives all six LD doses of the verified order on their days, moving the app's clock through days -5..-3. */
    public static void giveAllLdDoses(long course, LocalDate ldDay1, org.cartflow.support.MutableClock clock) {
        var view = nurse().get("/courses/" + course + "/lymphodepletion").then().extract().jsonPath();
        String flu = view.getString("orders.find { it.status == 'VERIFIED' }.prescribedFludarabineMg");
        String cy = view.getString("orders.find { it.status == 'VERIFIED' }.prescribedCyclophosphamideMg");
        for (int day = 1; day <= 3; day++) {
            LocalDate date = ldDay1.plusDays(day - 1);
            clock.set(date.atTime(18, 0).atZone(TOKYO).toInstant());
            for (String[] drug : new String[][] { { "FLUDARABINE", flu }, { "CYCLOPHOSPHAMIDE", cy } }) {
                Map<String, Object> body = Map.of("drug", drug[0], "ldDay", day, "doseMg", drug[1],
                        "startedAt", date.atTime(9, 0).atZone(TOKYO).toInstant().toString(),
                        "endedAt", date.atTime(9, 30).atZone(TOKYO).toInstant().toString(), "lot", "LOT-" + day);
                nurse().body(body).post("/courses/" + course + "/lymphodepletion/administrations").then().statusCode(201);
            }
        }
    }
    /** A normal assessment (no fever, no oxygen, ICE 10, awake): CRS and ICANS grade 0. */
    public static Map<String, Object> calmAssessment(java.time.Instant at) {
        Map<String, Object> m = new java.util.HashMap<>();
        m.put("assessedAt", at.toString());
        m.put("temperatureC", 36.8);
        m.put("systolicBp", 122);
        m.put("diastolicBp", 76);
        m.put("heartRate", 78);
        m.put("spo2", 98);
        m.put("oxygenDevice", "NONE");
        m.put("hypotension", false);
        m.put("vasopressors", 0);
        m.put("vasopressin", false);
        m.put("ice", Map.of("orientation", 4, "naming", 3, "commands", 1, "writing", 1, "attention", 1));
        m.put("consciousness", "ALERT");
        m.put("seizure", "NONE");
        m.put("motorWeakness", false);
        m.put("cerebralOedema", "NONE");
        return m;
    }

    public static void recordCalmAssessment(long course, java.time.Instant at) {
        nurse().body(calmAssessment(at)).post("/courses/" + course + "/monitoring/assessments").then().statusCode(200);
    }

    public static Map<String, Object> dischargeArrangements() {
        return Map.of("caregiverName", "Yamada Hanako", "caregiverContact", "+81-90-0000-0000",
                "lodgingAddress", "Hotel near the hospital", "lodgingMinutesToSite", 15, "ackNoDriving", true,
                "ackNoDonation", true, "ackLiveVaccines", true, "ackHivNatFalsePositive", true);
    }

    /**
     * MON-1/3/4: a calm assessment on every day from day 0 to yesterday that has none yet, each recorded at the time
     * it happened (the clock is moved there and back), so discharge finds no unexplained missing day.
     */
    public static void assessedEveryDay(long course, MutableClock clock) {
        java.time.Instant now = clock.instant();
        java.time.Instant infused = java.time.Instant.parse(nurse().get("/courses/" + course).then().statusCode(200)
                .extract().path("infusedAt"));
        java.util.List<Integer> assessed = nurse().get("/courses/" + course + "/monitoring").then().statusCode(200)
                .extract().path("assessments.dayNumber");
        for (int d = 0; ; d++) {
            java.time.Instant at = infused.plus(java.time.Duration.ofDays(d)).plusSeconds(300);
            if (at.atZone(TOKYO).toLocalDate().equals(now.atZone(TOKYO).toLocalDate()) || at.isAfter(now)) {
                break;
            }
            if (!assessed.contains(d)) {
                clock.set(at);
                recordCalmAssessment(course, at);
            }
        }
        clock.set(now);
    }

    /**
     * What discharge needs besides the day: an assessment on every earlier day since day 0, a grade-0 assessment
     * now, the labs and the discharge arrangements.
     */
    public static void readyForDischarge(long course, MutableClock clock) {
        assessedEveryDay(course, clock);
        java.time.Instant now = clock.instant();
        recordCalmAssessment(course, now);
        nurse().body(labPanel(now)).post("/courses/" + course + "/monitoring/labs").then().statusCode(200);
        physician().body(dischargeArrangements()).put("/courses/" + course + "/monitoring/discharge-record").then()
                .statusCode(200);
    }

    /** A lab value with its UCUM unit, as the API takes it. */
    public static Map<String, Object> lab(double value, String unit) {
        return Map.of("value", value, "unit", unit);
    }

    /** A complete post-infusion panel with counts in the normal range for either sex (all CTCAE grades 0). */
    public static Map<String, Object> labPanel(java.time.Instant at) {
        Map<String, Object> m = new java.util.HashMap<>();
        m.put("collectedAt", at.toString());
        m.put("anc", lab(2.5, "10*9/L"));
        m.put("platelets", lab(180, "10*9/L"));
        m.put("hemoglobin", lab(14.0, "g/dL"));
        m.put("crp", 0.3);
        m.put("ferritin", 250);
        m.put("potassium", lab(4.1, "mmol/L"));
        m.put("uricAcid", 5.0);
        m.put("creatinine", lab(0.8, "mg/dL"));
        m.put("igg", 650);
        m.put("infection", "NONE");
        return m;
    }

    /**
     * Brings a fresh course to INFUSION_READY through the API (eligibility, collection, manufacturing, LD), confirmed
     * on its planned day 0 (LD-1: 2 days after the last LD dose) at 08:00 Tokyo, where the clock is left.
     */
    public static long courseReadyForInfusion(org.cartflow.support.MutableClock clock) {
        return courseReadyForInfusion(clock, null);
    }

    /** INFUSION_READY with a product of the given certificate bags, confirmed on day 0 (the clock is left there). */
    public static long courseReadyForInfusion(MutableClock clock, List<Map<String, Object>> bags) {
        return courseReadyForInfusion(clock, bags, "MALE", c -> { });
    }

    /** As above for a patient of the given sex; {@code workUp} adds to the eligibility work-up before the decision. */
    public static long courseReadyForInfusion(MutableClock clock, List<Map<String, Object>> bags, String sex,
            java.util.function.LongConsumer workUp) {
        long course = courseAfterLd(clock, bags, sex, workUp);
        clock.set(plannedDayZero(course).atTime(8, 0).atZone(TOKYO).toInstant());
        readyForInfusionDay(course);
        transition(course, "confirm-infusion-ready", nurse());
        return course;
    }

    /**
     * LD-1, DELAY-1/2: fixtures that infuse on a day of their choosing after the planned day 0 have a physician record
     * the delay on that day (at the clock's now), as the ward would; on day 0 itself nothing is recorded.
     */
    public static void postponedIfAfterDayZero(long course) {
        java.time.Instant now = java.time.Instant.parse(nurse().get("/courses/" + course + "/infusion").then()
                .statusCode(200).extract().path("now"));
        if (now.atZone(TOKYO).toLocalDate().isAfter(plannedDayZero(course))) {
            physician().body(Map.of("cause", "OTHER", "reason", "infusion day chosen by the test scenario"))
                    .post("/courses/" + course + "/infusion/delay").then().statusCode(201);
        }
    }

    /** Day 0 of the course's verified LD order. */
    public static LocalDate plannedDayZero(long course) {
        return LocalDate.parse(nurse().get("/courses/" + course + "/lymphodepletion").then().statusCode(200)
                .extract().jsonPath().getString("plannedInfusionOn"));
    }

    /** A course in LYMPHODEPLETION with all six doses given (clock on LD day 3), not yet confirmed ready. */
    public static long courseAfterLd(MutableClock clock, List<Map<String, Object>> bags) {
        return courseAfterLd(clock, bags, "MALE", c -> { });
    }

    public static long courseAfterLd(MutableClock clock, List<Map<String, Object>> bags, String sex,
            java.util.function.LongConsumer workUp) {
        long course = courseInLd(clock, bags, sex, workUp);
        giveAllLdDoses(course, clock.instant().atZone(TOKYO).toLocalDate(), clock);
        return course;
    }

    /** A course just put into LYMPHODEPLETION with a verified order whose LD day 1 is the clock's today. */
    public static long courseInLd(MutableClock clock, List<Map<String, Object>> bags) {
        return courseInLd(clock, bags, "MALE", c -> { });
    }

    public static long courseInLd(MutableClock clock, List<Map<String, Object>> bags, String sex,
            java.util.function.LongConsumer workUp) {
        long course = courseWithProductReceived(sex, workUp, bags);
        LocalDate ldDay1 = clock.instant().atZone(TOKYO).toLocalDate();
        recordVerifiedLdOrder(course, ldDay1);
        transition(course, "start-lymphodepletion", coordinator());
        return course;
    }

    /** PRODUCT_RECEIVED for a patient of the given sex; {@code workUp} adds to the eligibility work-up. */
    public static long courseWithProductReceived(String sex, java.util.function.LongConsumer workUp,
            List<Map<String, Object>> bags) {
        long course = courseInScreening(sex);
        recordEligibleWorkUp(course);
        workUp.accept(course);
        transition(course, "declare-eligible", physician());
        recordApheresisWorkUp(course);
        transition(course, "start-collection", coordinator());
        recordCollectionAndManufacturing(course);
        if (bags == null) {
            receiveAndStoreProduct(course);
        } else {
            receiveAndStoreProduct(course, bags);
        }
        transition(course, "receive-product", coordinator());
        return course;
    }

    /** The patient's identifiers as a label prints them: MRN, name, birth date and the course's chain of identity. */
    public static Map<String, Object> patientIdentifiers(long course) {
        var p = coordinator().get("/courses/" + course).then().statusCode(200).extract().jsonPath();
        Map<String, Object> m = new HashMap<>();
        m.put("mrn", p.getString("patient.mrn"));
        m.put("familyName", p.getString("patient.familyName"));
        m.put("givenName", p.getString("patient.givenName"));
        m.put("birthDate", p.getString("patient.birthDate"));
        m.put("chainOfIdentityId", identity(course)[0]);
        return m;
    }

    /** A release certificate for the course's collection listing the given bags (code, mL, x 10^6 CAR+ T cells). */
    public static Map<String, Object> receiptBody(long course, List<Map<String, Object>> bags) {
        Map<String, Object> m = new HashMap<>();
        m.put("certificateNumber", "CERT-" + UUID.randomUUID().toString().substring(0, 8));
        m.put("patient", patientIdentifiers(course));
        m.put("din", identity(course)[1]);
        m.put("expiryDate", LocalDate.now(TOKYO).plusYears(1).toString());
        m.put("arrivalTemperatureC", -150);
        m.put("bags", bags);
        return m;
    }

    public static Map<String, Object> certificateBag(String code, double volumeMl, double carTMillions) {
        return Map.of("bagCode", code, "volumeMl", volumeMl, "carTCellsMillions", carTMillions);
    }

    /** STO-1..3: receipt of a one-bag product (50 mL, 420 x 10^6 CAR+ T cells) and storage at -150 C. */
    public static void receiveAndStoreProduct(long course) {
        receiveAndStoreProduct(course, List.of(certificateBag("BAG-" + course + "-1", 50, 420)));
    }

    public static void receiveAndStoreProduct(long course, List<Map<String, Object>> bags) {
        pharmacist().body(receiptBody(course, bags)).post("/courses/" + course + "/product/receipt").then()
                .statusCode(201);
        pharmacist().body(Map.of("location", "LN2 vapour tank 2, rack B", "temperatureC", -150))
                .post("/courses/" + course + "/product/storage").then().statusCode(200);
    }

    /** INF-3 and the same-day check (DELAY-1/2, INF-2): tocilizumab on hand and a clear check at the app's now. */
    public static void readyForInfusionDay(long course) {
        pharmacist().body(Map.of("dosesOnHand", 1)).put("/courses/" + course + "/monitoring/tocilizumab-stock").then()
                .statusCode(200);
        recordReadiness(course, nurse());
    }

    public static Map<String, Object> readinessBody() {
        Map<String, Object> m = new HashMap<>();
        m.put("activeInfection", false);
        m.put("inflammatoryDisease", false);
        m.put("seriousAdverseEventPulmonary", false);
        m.put("seriousAdverseEventCardiac", false);
        m.put("seriousAdverseEventHypotension", false);
        m.put("temperatureC", 36.6);
        m.put("heartRate", 76);
        m.put("systolicBp", 124);
        m.put("diastolicBp", 78);
        m.put("spo2", 98);
        m.put("respiratoryRate", 14);
        m.put("emergencyMeasuresReady", true);
        return m;
    }

    public static void recordReadiness(long course, RequestSpecification as) {
        as.body(readinessBody()).post("/courses/" + course + "/infusion/readiness").then().statusCode(201);
    }

    public static Map<String, Object> premedicationBody(java.time.Instant givenAt) {
        return Map.of("givenAt", givenAt.toString(), "acetaminophenMg", 650, "antihistamine", "DIPHENHYDRAMINE",
                "antihistamineMg", 25);
    }

    /** The second person of the two-person checks. */
    public static RequestSpecification secondNurse() {
        return as("nurse-ito", "nurse");
    }

    /** The identity body of INF-4 (cassette and bag label) for a bag, as scanned. */
    public static Map<String, Object> identityBody(long course, String bagCode) {
        Map<String, Object> id = patientIdentifiers(course);
        return Map.of("entry", "SCANNED", "bagCode", bagCode, "cassette", id, "bag", id);
    }

    public static Map<String, Object> bedsideIdentityBody(long course, String bagCode) {
        Map<String, Object> id = patientIdentifiers(course);
        return Map.of("entry", "SCANNED", "bagCode", bagCode, "bag", id, "wristband", id);
    }

    /**
     * The label's bedside steps a-d for one bag with the clock at {@code thawAt}: two-person identity check,
     * inspection, thaw start and complete.
     */
    public static void checkInspectAndThaw(long course, long bagId, String bagCode, java.time.Instant thawAt,
            MutableClock clock) {
        String bag = "/courses/" + course + "/infusion/bags/" + bagId + "/";
        clock.set(thawAt.minusSeconds(120));
        nurse().body(identityBody(course, bagCode)).post(bag + "identity-check").then().statusCode(200);
        secondNurse().body(identityBody(course, bagCode)).post(bag + "identity-cosign").then().statusCode(200);
        nurse().body(Map.of("intact", true)).post(bag + "inspection").then().statusCode(200);
        clock.set(thawAt);
        nurse().body(Map.of("method", "WATER_BATH", "temperatureC", 37)).post(bag + "thaw-start").then()
                .statusCode(200);
        clock.set(thawAt.plusSeconds(180));
        nurse().body(Map.of("completelyThawed", true)).post(bag + "thaw-complete").then().statusCode(200);
    }

    /** Steps e-f for one bag at the clock's time: line set-up and the bedside scan. */
    public static void lineAndBedsideCheck(long course, long bagId, String bagCode) {
        String bag = "/courses/" + course + "/infusion/bags/" + bagId + "/";
        nurse().body(Map.of("primedWithSaline", true, "leukocyteDepletingFilter", false, "productIrradiated", false))
                .post(bag + "line-setup").then().statusCode(200);
        nurse().body(bedsideIdentityBody(course, bagCode)).post(bag + "bedside-identity-check").then().statusCode(200);
    }

    /** Steps h-i: back-priming and disposal. */
    public static void backPrimeAndDispose(long course, long bagId) {
        String bag = "/courses/" + course + "/infusion/bags/" + bagId + "/";
        nurse().body(Map.of("salineMl", 30)).post(bag + "back-prime").then().statusCode(200);
        nurse().body(Map.of("asInfectiousWaste", true)).post(bag + "disposal").then().statusCode(200);
    }

    /**
     * Infuses a one-bag INFUSION_READY course so that its infusion ends at {@code end}: the same-day check 100
     * minutes before, premedication 45 minutes before, every bedside step in order, then record-infusion at
     * {@code end}.
     */
    public static void infuse(long course, MutableClock clock, java.time.Instant end) {
        clock.set(end.minus(java.time.Duration.ofMinutes(100)));
        postponedIfAfterDayZero(course);
        recordReadiness(course, nurse());
        clock.set(end.minus(java.time.Duration.ofMinutes(50)));
        nurse().body(premedicationBody(clock.instant())).post("/courses/" + course + "/infusion/premedication").then()
                .statusCode(201);
        var bag = nurse().get("/courses/" + course + "/infusion").then().statusCode(200).extract().jsonPath();
        long bagId = bag.getLong("bags[0].id");
        String code = bag.getString("bags[0].bagCode");
        checkInspectAndThaw(course, bagId, code, end.minus(java.time.Duration.ofMinutes(25)), clock);
        clock.set(end.minus(java.time.Duration.ofMinutes(15)));
        lineAndBedsideCheck(course, bagId, code);
        String path = "/courses/" + course + "/infusion/bags/" + bagId + "/";
        nurse().body(Map.of("pumpRateMlMin", 5)).post(path + "infusion-start").then().statusCode(200);
        clock.set(end);
        nurse().body(Map.of("fullVolumeGiven", true)).post(path + "infusion-end").then().statusCode(200);
        backPrimeAndDispose(course, bagId);
        transition(course, "record-infusion", nurse());
    }

    /** The laboratory information system's identifier in the lab feed tests. */
    public static final String LAB_SYSTEM = "urn:oid:1.2.392.200119.6.102.99";

    /** An Observation as a laboratory information system sends it. */
    public static Map<String, Object> labResult(long patient, String loinc, double value, String unit,
            java.time.Instant collected) {
        Map<String, Object> o = new java.util.HashMap<>();
        o.put("resourceType", "Observation");
        o.put("meta", Map.of("source", LAB_SYSTEM));
        o.put("identifier", java.util.List.of(Map.of("system", LAB_SYSTEM + ".1", "value",
                "R-" + loinc + "-" + collected.toEpochMilli())));
        o.put("status", "final");
        o.put("category", java.util.List.of(Map.of("coding", java.util.List.of(Map.of("system",
                "http://terminology.hl7.org/CodeSystem/observation-category", "code", "laboratory")))));
        o.put("code", Map.of("coding", java.util.List.of(Map.of("system", "http://loinc.org", "code", loinc))));
        o.put("subject", Map.of("reference", "Patient/" + patient));
        o.put("effectiveDateTime", collected.toString());
        o.put("valueQuantity", Map.of("value", value, "unit", unit, "system", "http://unitsofmeasure.org", "code",
                unit));
        return o;
    }

    /** The EHR's ADT interface in the feed tests. */
    public static final String ADT_SYSTEM = "urn:oid:1.2.392.200119.6.102.7";

    /** A Patient as the EHR's ADT feed sends it. */
    public static Map<String, Object> adtPatient(String family, String given, String birthDate, String gender) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("resourceType", "Patient");
        p.put("meta", Map.of("source", ADT_SYSTEM));
        p.put("name", java.util.List.of(Map.of("use", "official", "family", family, "given", java.util.List.of(given))));
        p.put("birthDate", birthDate);
        p.put("gender", gender);
        return p;
    }

    /** The ADT feed's conditional update of the patient with this MRN at the test site. */
    public static io.restassured.response.Response sendAdt(String mrn, Map<String, Object> patient) {
        return given().header("Authorization", "Bearer " + Tokens.of("adt-interface", "coordinator"))
                .contentType("application/fhir+json").accept("application/fhir+json").body(patient)
                .put("/fhir/Patient?identifier=http://cartflow.org/fhir/sid/mrn/" + Tokens.SITE + "|" + mrn);
    }
}

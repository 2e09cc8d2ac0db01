package org.cartflow.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** REST Assured shortcuts: requests as a user of a role, and fixtures built through the public API. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String user, String... roles) {
        return given().auth().oauth2(Tokens.of(user, roles)).contentType(ContentType.JSON).accept(ContentType.JSON);
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
        String today = LocalDate.now().toString();
        String base = "/courses/" + course + "/eligibility/";
        physician().body(Map.of("siteCode", "TKY-01", "siteName", "Tokyo General", "crsEmergencyCapable", true,
                "treatingPhysician", "dr-sato", "hemeSctExperienced", true, "manufacturerTrainingOn", "2026-01-15"))
                .put(base + "site-qualification").then().statusCode(200);
        physician().body(Map.of("diagnosis", "MULTIPLE_MYELOMA", "diseaseStatus", "RELAPSED_AND_REFRACTORY"))
                .put(base + "diagnosis").then().statusCode(200);
        addLine(course, 1, List.of("IMMUNOMODULATORY_DRUG", "CORTICOSTEROID"), "RELAPSED_AFTER");
        addLine(course, 2, List.of("PROTEASOME_INHIBITOR"), "RELAPSED_AFTER");
        addLine(course, 3, List.of("ANTI_CD38_ANTIBODY", "IMMUNOMODULATORY_DRUG"), "PROGRESSED_ON");
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
        m.put("consciousness", "SPONTANEOUS");
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

    /** What discharge needs besides the day: a grade-0 assessment now and the discharge arrangements. */
    public static void readyForDischarge(long course, java.time.Instant now) {
        recordCalmAssessment(course, now);
        nurse().body(labPanel(now)).post("/courses/" + course + "/monitoring/labs").then().statusCode(200);
        physician().body(dischargeArrangements()).put("/courses/" + course + "/monitoring/discharge-record").then()
                .statusCode(200);
    }

    /** A complete post-infusion panel with counts in the normal range (all CTCAE grades 0). */
    public static Map<String, Object> labPanel(java.time.Instant at) {
        Map<String, Object> m = new java.util.HashMap<>();
        m.put("collectedAt", at.toString());
        m.put("anc", 2.5);
        m.put("platelets", 180);
        m.put("hemoglobin", 12.5);
        m.put("crp", 0.3);
        m.put("ferritin", 250);
        m.put("potassium", 4.1);
        m.put("uricAcid", 5.0);
        m.put("creatinine", 0.8);
        m.put("igg", 650);
        m.put("infection", "NONE");
        return m;
    }
}

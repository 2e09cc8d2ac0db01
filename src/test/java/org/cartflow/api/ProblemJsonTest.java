package org.cartflow.api;

import static io.restassured.RestAssured.given;
import static org.cartflow.support.Api.*;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cartflow.support.Tokens;
import org.junit.jupiter.api.Test;

/** Bad input on each endpoint: a clear RFC 9457 problem naming the field, never a 500, never a partial write. */
@QuarkusTest
class ProblemJsonTest {

    private static ValidatableResponse isProblem(ValidatableResponse r, int status) {
        return r.statusCode(status).contentType("application/problem+json")
                .body("status", is(status))
                .body("type", startsWith("urn:cartflow:problem:"))
                .body("title", not(emptyOrNullString()))
                .body("detail", not(emptyOrNullString()))
                .body(not(containsString("Exception")))
                .body(not(containsString("org.cartflow")));
    }

    private static Map<String, Object> patient(String key, Object value) {
        Map<String, Object> body = new HashMap<>(patientBody(newMrn(), "FEMALE"));
        if (value == null) {
            body.remove(key);
        } else {
            body.put(key, value);
        }
        return body;
    }

    @Test
    void patientRegistrationNamesTheBadField() {
        isProblem(coordinator().body("{\"mrn\": \"A1\", ").post("/patients").then(), 400)
                .body("type", is("urn:cartflow:problem:malformed-json"));
        isProblem(coordinator().body(patient("nickname", "Hana")).post("/patients").then(), 400)
                .body("errors[0].field", is("nickname"));
        isProblem(coordinator().body(patient("sex", "X")).post("/patients").then(), 400)
                .body("errors[0].field", is("sex"));
        isProblem(coordinator().body(patient("birthDate", "02/04/1961")).post("/patients").then(), 400)
                .body("errors[0].field", is("birthDate"));
        isProblem(coordinator().body(patient("birthDate", LocalDate.now().plusDays(1).toString())).post("/patients")
                .then(), 400).body("errors.field", hasItem("birthDate"));
        isProblem(coordinator().body(patient("mrn", "has spaces!")).post("/patients").then(), 400)
                .body("errors.field", hasItem("mrn"));
        isProblem(coordinator().body(patient("familyName", null)).post("/patients").then(), 400)
                .body("errors.field", hasItem("familyName"));
        isProblem(coordinator().body(Map.of()).post("/patients").then(), 400)
                .body("errors.field", hasItems("mrn", "familyName", "givenName", "birthDate", "sex"));
        isProblem(coordinator().body("[]").post("/patients").then(), 400);
        isProblem(coordinator().body(patient("hospitalZone", "Mars/Olympus")).post("/patients").then(), 422)
                .body("errors[0].field", is("hospitalZone"));
        isProblem(coordinator().body(patient("birthDate", "1850-01-01")).post("/patients").then(), 422)
                .body("errors[0].field", is("birthDate"));
        isProblem(coordinator().contentType("text/plain").body("hello").post("/patients").then(), 415);
    }

    @Test
    void duplicateMrnIsAConflictAndWritesNothing() {
        String mrn = newMrn();
        coordinator().body(patientBody(mrn, "MALE")).post("/patients").then().statusCode(201);
        isProblem(coordinator().body(patientBody(mrn, "FEMALE")).post("/patients").then(), 409);
        coordinator().queryParam("mrn", mrn).get("/patients").then().body("size()", is(1))
                .body("[0].sex", is("MALE"));
    }

    @Test
    void unknownIdsAndPathsAre404() {
        isProblem(coordinator().get("/patients/987654321").then(), 404);
        isProblem(coordinator().get("/patients/not-a-number").then(), 404);
        isProblem(coordinator().get("/courses/987654321").then(), 404);
        isProblem(coordinator().get("/courses/987654321/eligibility").then(), 404);
        isProblem(coordinator().get("/courses/987654321/audit").then(), 404);
        isProblem(coordinator().post("/patients/987654321/courses").then(), 404);
        isProblem(coordinator().body(Map.of("transition", "start-screening")).post("/courses/987654321/transitions")
                .then(), 404);
        isProblem(coordinator().get("/no/such/path").then(), 404);
        isProblem(coordinator().get("/courses?state=NOT_A_STATE").then(), 404);
    }

    @Test
    void transitionRequestsAreValidated() {
        long course = newCourse(newPatient("MALE"));
        String path = "/courses/" + course + "/transitions";
        isProblem(coordinator().post(path).then(), 400);
        isProblem(coordinator().body(Map.of()).post(path).then(), 400).body("errors[0].field", is("transition"));
        isProblem(coordinator().body(Map.of("transition", "teleport")).post(path).then(), 422)
                .body("errors[0].field", is("transition"));
        isProblem(coordinator().body(Map.of("transition", "start-screening", "overrides", "ELIG-5")).post(path).then(),
                400).body("errors[0].field", is("overrides"));
        isProblem(coordinator().body(Map.of("transition", "withdraw", "reason", "x".repeat(2001))).post(path).then(), 400)
                .body("errors[0].field", is("reason"));
        coordinator().get("/courses/" + course).then().body("state", is("REFERRAL")).body("version", is(0));
    }

    @Test
    void eligibilityRecordsAreValidated() {
        long course = courseInScreening("FEMALE");
        String base = "/courses/" + course + "/eligibility/";
        isProblem(physician().body(Map.of("score", 7, "assessedOn", "2026-01-01")).put(base + "ecog").then(), 400)
                .body("errors[0].field", is("score"));
        isProblem(physician().body(Map.of("score", "one", "assessedOn", "2026-01-01")).put(base + "ecog").then(), 400)
                .body("errors[0].field", is("score"));
        isProblem(physician().body(Map.of("diagnosis", "MYELOMA", "diseaseStatus", "RELAPSED")).put(base + "diagnosis")
                .then(), 400).body("errors[0].field", is("diagnosis"));
        isProblem(physician().body(Map.of("lineNumber", 1, "regimen", "VRd", "agentClasses", List.of(),
                "startedOn", "2024-01-01", "outcome", "PROGRESSED_ON")).post(base + "therapy-lines").then(), 400)
                .body("errors[0].field", is("agentClasses"));
        isProblem(physician().body(Map.of("lineNumber", 1, "regimen", "VRd", "agentClasses", List.of("MAGIC"),
                "startedOn", "2024-01-01", "outcome", "PROGRESSED_ON")).post(base + "therapy-lines").then(), 400)
                .body("errors[0].field", is("agentClasses[0]"));
        isProblem(physician().body(Map.of("childbearingPotential", false, "pregnant", true,
                "contraceptionCounselled", true)).put(base + "pregnancy-status").then(), 422)
                .body("errors[0].field", is("childbearingPotential"));
        isProblem(physician().body(Map.of("signedOn", LocalDate.now().plusDays(3).toString(), "signedBy", "PATIENT",
                "signerName", "A", "explainedBy", "B", "documentReference", "C", "written", true)).put(base + "consent")
                .then(), 400).body("errors[0].field", is("signedOn"));
        isProblem(physician().body(Map.of("reason", "typo")).post(base + "therapy-lines/987654321/retraction").then(),
                404);
        // none of the refused records was written
        coordinator().get(base).then().body("ecog", nullValue()).body("diagnosis", nullValue())
                .body("therapyLines", empty()).body("pregnancyStatus", nullValue()).body("consent", nullValue());
        coordinator().get("/courses/" + course + "/audit").then()
                .body("action", not(hasItem(startsWith("eligibility."))));
    }

    @Test
    void queryParametersAreValidated() {
        long course = newCourse(newPatient("MALE"));
        isProblem(coordinator().queryParam("limit", 0).get("/courses/" + course + "/audit").then(), 400)
                .body("errors[0].field", not(emptyOrNullString()));
        isProblem(given().auth().oauth2(Tokens.forRole("nurse")).queryParam("mrn", "x".repeat(40)).get("/patients")
                .then(), 400);
    }
}

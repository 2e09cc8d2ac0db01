package org.cartflow.fhir;

import static io.restassured.RestAssured.given;
import static org.cartflow.support.Api.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import ca.uhn.fhir.context.FhirContext;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.cartflow.common.Role;
import org.cartflow.support.Tokens;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/**
 * Issue 22 item 2: the EHR's ADT feed updates a CartFlow patient by conditional update (PUT
 * /fhir/Patient?identifier=system|MRN). AUTOLOGOUS-1: once the patient's cells are in chain of identity, a change of
 * the identifiers on the bag label (name, birth date) or of sex is held for the coordinator, and a merge always is;
 * nothing is applied silently.
 */
@QuarkusTest
class FhirAdtFeedTest {

    private static final FhirContext R4 = FhirContext.forR4Cached();
    private static final String ADT = ADT_SYSTEM;

    private static RequestSpecification adtFeed() {
        return given().header("Authorization", "Bearer " + Tokens.of("adt-interface", Role.COORDINATOR))
                .contentType("application/fhir+json").accept("application/fhir+json");
    }

    private static String condition(String mrn) {
        return "/fhir/Patient?identifier=http://cartflow.org/fhir/sid/mrn/" + Tokens.SITE + "|" + mrn;
    }

    private static JsonPath patient(long id) {
        return coordinator().get("/patients/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath changes(long patient) {
        return nurse().get("/patients/" + patient + "/demographic-changes").then().statusCode(200).extract().jsonPath();
    }

    private static long patientOf(long course) {
        return coordinator().get("/courses/" + course).then().statusCode(200).extract().jsonPath().getLong("patient.id");
    }

    private static String mrnOf(long patient) {
        return patient(patient).getString("mrn");
    }

    @Test
    void beforeCollectionTheEhrsDemographicsAreAppliedAndAudited() {
        long patient = newPatient("FEMALE");
        String mrn = mrnOf(patient);
        Patient back = R4.newJsonParser().parseResource(Patient.class, adtFeed()
                .body(adtPatient("Suzuki", "Hanako", "1961-04-12", "female")).put(condition(mrn)).then()
                .statusCode(200).extract().asString());
        assertEquals("Suzuki", back.getNameFirstRep().getFamily());
        JsonPath p = patient(patient);
        assertEquals("Suzuki", p.getString("familyName"));
        assertEquals("1961-04-12", p.getString("birthDate"));
        assertEquals(List.of("NAME", "BIRTH_DATE"), changes(patient).getList("kind"));
        assertEquals(List.of("APPLIED", "APPLIED"), changes(patient).getList("status"));
        assertEquals(ADT, changes(patient).getString("[0].source"));

        // the same message again changes nothing
        adtFeed().body(adtPatient("Suzuki", "Hanako", "1961-04-12", "female")).put(condition(mrn)).then()
                .statusCode(200);
        assertEquals(2, changes(patient).getList("id").size());
    }

    @Test
    void onceTheCellsAreInChainOfIdentityIdentityChangesAreHeldForTheCoordinator() {
        long course = courseInCollection();
        recordCollectionAndShipment(course);
        long patient = patientOf(course);
        String mrn = mrnOf(patient);

        adtFeed().body(adtPatient("Suzuki", "Taro", "1961-04-12", "male")).put(condition(mrn)).then().statusCode(200);
        JsonPath p = patient(patient);
        assertEquals("1961-04-02", p.getString("birthDate"), "AUTOLOGOUS-1: the bag label's birth date stays");
        assertNotEquals("Suzuki", p.getString("familyName"));
        JsonPath held = changes(patient);
        assertEquals(List.of("HELD", "HELD"), held.getList("status"));
        assertEquals(List.of("NAME", "BIRTH_DATE"), held.getList("kind"));
        nurse().get("/courses/" + course + "/apheresis").then().statusCode(200)
                .body("flags.code", hasItem("IDENTITY_CHANGE_HELD"))
                .body("flags.find { it.code == 'IDENTITY_CHANGE_HELD' }.ruleId", equalTo("AUTOLOGOUS-1"))
                .body("flags.find { it.code == 'IDENTITY_CHANGE_HELD' }.message", containsString("1961-04-12"));

        long name = held.getLong("[0].id");
        long birth = held.getLong("[1].id");
        String decide = "/patients/" + patient + "/demographic-changes/";
        nurse().body(Map.of("apply", true, "reason", "nurse may not")).post(decide + birth + "/decision").then()
                .statusCode(403);
        coordinator().body(Map.of("apply", false, "reason", "EHR typo confirmed with the registration desk"))
                .post(decide + birth + "/decision").then().statusCode(200).body("status", equalTo("KEPT"))
                .body("resolutionReason", containsString("typo"));
        coordinator().body(Map.of("apply", true, "reason", "name change after marriage; manufacturer informed"))
                .post(decide + name + "/decision").then().statusCode(200).body("status", equalTo("ACCEPTED"));
        coordinator().body(Map.of("apply", true, "reason", "again")).post(decide + name + "/decision").then()
                .statusCode(409);
        assertEquals("Suzuki", patient(patient).getString("familyName"));
        assertEquals("1961-04-02", patient(patient).getString("birthDate"));
        nurse().get("/courses/" + course + "/apheresis").then().body("flags.code", not(hasItem("IDENTITY_CHANGE_HELD")));
    }

    @Test
    void aMergeIsAlwaysHeldAndNeverApplied() {
        long patient = newPatient("MALE");
        String mrn = mrnOf(patient);
        Map<String, Object> merged = adtPatient("Yamada", "Hanako", "1961-04-02", "male");
        merged.put("link", List.of(Map.of("type", "replaced-by", "other", Map.of("identifier",
                Map.of("system", "http://cartflow.org/fhir/sid/mrn/" + Tokens.SITE, "value", "MRN-SURVIVOR")))));
        adtFeed().body(merged).put(condition(mrn)).then().statusCode(200);
        JsonPath c = changes(patient);
        assertEquals(List.of("MERGE"), c.getList("kind"));
        assertEquals(List.of("HELD"), c.getList("status"));
        coordinator().body(Map.of("apply", true, "reason", "merge it")).post("/patients/" + patient
                + "/demographic-changes/" + c.getLong("[0].id") + "/decision").then().statusCode(409)
                .body("detail", containsString("does not merge"));
    }

    @Test
    void whatTheFeedCannotSayIsRefusedWithAnOperationOutcome() {
        long patient = newPatient("MALE");
        String mrn = mrnOf(patient);
        OperationOutcome unknownGender = R4.newJsonParser().parseResource(OperationOutcome.class, adtFeed()
                .body(adtPatient("Yamada", "Hanako", "1961-04-02", "unknown")).put(condition(mrn)).then()
                .statusCode(422).extract().asString());
        assertEquals("Patient.gender", unknownGender.getIssueFirstRep().getExpression().get(0).getValue());
        Map<String, Object> otherMrn = adtPatient("Yamada", "Hanako", "1961-04-02", "male");
        otherMrn.put("identifier", List.of(Map.of("system", "http://cartflow.org/fhir/sid/mrn/" + Tokens.SITE,
                "value", "MRN-OTHER")));
        adtFeed().body(otherMrn).put(condition(mrn)).then().statusCode(422);
        adtFeed().body(adtPatient("Yamada", "Hanako", "1961-04-02", "male")).put(condition("MRN-NOBODY")).then()
                .statusCode(404);
        adtFeed().body(adtPatient("Yamada", "Hanako", "1961-04-02", "male")).put("/fhir/Patient?identifier=" + mrn)
                .then().statusCode(400);
        given().header("Authorization", "Bearer " + Tokens.of("nurse-kim", Role.NURSE))
                .contentType("application/fhir+json").body(adtPatient("X", "Y", "1961-04-02", "male"))
                .put(condition(mrn)).then().statusCode(403);
        given().header("Authorization", "Bearer " + Tokens.atSite("east", "coord-east", Role.COORDINATOR))
                .contentType("application/fhir+json").body(adtPatient("X", "Y", "1961-04-02", "male"))
                .put(condition(mrn)).then().statusCode(404);
        assertEquals(0, changes(patient).getList("id").size());
        assertEquals("Yamada", patient(patient).getString("familyName"));
    }
}

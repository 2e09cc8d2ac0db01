package org.cartflow.fhir;

import static io.restassured.RestAssured.given;
import static org.cartflow.support.Api.*;
import static org.junit.jupiter.api.Assertions.*;

import ca.uhn.fhir.context.FhirContext;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cartflow.common.Role;
import org.cartflow.support.MutableClock;
import org.cartflow.support.Tokens;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Quantity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 22 item 2: laboratory results arrive from the lab system as FHIR Observations (one, or a transaction Bundle),
 * so nobody retypes them: converted to CartFlow's unit where the conversion is known, refused with an
 * OperationOutcome naming the element otherwise, all of a Bundle or none of it, and kept as sent with their source.
 */
@QuarkusTest
class FhirLabImportTest {

    private static final FhirContext R4 = FhirContext.forR4Cached();
    private static final String LIS = "urn:oid:1.2.392.200119.6.102.99";

    @Inject
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static RequestSpecification fhirAs(String user, String role) {
        return given().header("Authorization", "Bearer " + Tokens.of(user, role)).contentType("application/fhir+json")
                .accept("application/fhir+json");
    }

    private static RequestSpecification labFeed() {
        return fhirAs("nurse-kim", Role.NURSE);
    }

    private static long patientOf(long course) {
        return coordinator().get("/courses/" + course).then().statusCode(200).extract().jsonPath().getLong("patient.id");
    }

    /** An Observation as a laboratory information system sends it. */
    static Map<String, Object> observation(long patient, String loinc, double value, String unit, Instant collected) {
        return labResult(patient, loinc, value, unit, collected);
    }

    @SafeVarargs
    static Map<String, Object> transaction(Map<String, Object>... observations) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Map<String, Object> o : observations) {
            entries.add(Map.of("resource", o, "request", Map.of("method", "POST", "url", "Observation")));
        }
        return Map.of("resourceType", "Bundle", "type", "transaction", "entry", entries);
    }

    private static Map<String, Object> withoutLabs(Map<String, Object> assessment) {
        Map<String, Object> m = new HashMap<>(assessment);
        for (String k : List.of("creatinine", "creatinineMeasuredOn", "anc", "platelets", "hemoglobin",
                "countsMeasuredOn")) {
            m.remove(k);
        }
        return m;
    }

    private static OperationOutcome refused(io.restassured.response.Response r, int status) {
        r.then().statusCode(status).contentType("application/fhir+json");
        return R4.newJsonParser().parseResource(OperationOutcome.class, r.asString());
    }

    private static List<String> expressions(OperationOutcome oo) {
        return oo.getIssue().stream().map(i -> i.getExpression().get(0).getValue()).toList();
    }

    private static int laboratoryObservations(long patient) {
        return R4.newJsonParser().parseResource(Bundle.class, labFeed()
                .get("/fhir/Observation?patient=" + patient + "&category=laboratory").then().statusCode(200).extract()
                .asString()).getTotal();
    }

    @Test
    void aCreatinineSentInMgDlAndOneInUmolLGiveTheSameLdCalculation() {
        Instant yesterday = Instant.now().minus(Duration.ofDays(1));
        long inMass = eligibleCourse();
        long inMoles = eligibleCourse();
        long p1 = patientOf(inMass);
        long p2 = patientOf(inMoles);

        Bundle filed = R4.newJsonParser().parseResource(Bundle.class, labFeed().body(transaction(
                observation(p1, "2160-0", 1.2, "mg/dL", yesterday),
                observation(p1, "777-3", 5.2, "10*4/uL", yesterday),
                observation(p1, "751-8", 800, "/uL", yesterday),
                observation(p1, "718-7", 105, "g/L", yesterday))).post("/fhir").then().statusCode(200).extract()
                .asString());
        assertEquals(Bundle.BundleType.TRANSACTIONRESPONSE, filed.getType());
        assertEquals(List.of("201 Created", "201 Created", "201 Created", "201 Created"),
                filed.getEntry().stream().map(e -> e.getResponse().getStatus()).toList());
        labFeed().body(transaction(
                observation(p2, "14682-9", 106.08, "umol/L", yesterday),
                observation(p2, "777-3", 52, "10*9/L", yesterday),
                observation(p2, "751-8", 0.8, "10*9/L", yesterday),
                observation(p2, "718-7", 10.5, "g/dL", yesterday))).post("/fhir").then().statusCode(200);

        for (long course : List.of(inMass, inMoles)) {
            String base = "/courses/" + course + "/lymphodepletion/";
            nurse().body(withoutLabs(assessmentBody(170, 70, 9.9, "MG_DL"))).post(base + "assessments").then()
                    .statusCode(201);
        }
        JsonPath mass = nurse().get("/courses/" + inMass + "/lymphodepletion/calculation").then().statusCode(200)
                .extract().jsonPath();
        JsonPath moles = nurse().get("/courses/" + inMoles + "/lymphodepletion/calculation").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(1.2, mass.getDouble("creatinineMgDl"), 1e-9);
        assertEquals(mass.getDouble("creatinineMgDl"), moles.getDouble("creatinineMgDl"), 1e-6);
        assertEquals(mass.getDouble("crclMlMin"), moles.getDouble("crclMlMin"), 1e-6);
        assertEquals(mass.getDouble("fludarabineDailyMg"), moles.getDouble("fludarabineDailyMg"), 1e-6);

        for (long course : List.of(inMass, inMoles)) {
            JsonPath a = nurse().get("/courses/" + course + "/lymphodepletion").then().statusCode(200).extract()
                    .jsonPath();
            assertEquals(52.0, a.getDouble("latestAssessment.platelets"), 1e-9, "platelets in 10^9/L");
            assertEquals(0.8, a.getDouble("latestAssessment.anc"), 1e-9);
            assertEquals(10.5, a.getDouble("latestAssessment.hemoglobin"), 1e-9);
            assertTrue(a.getString("latestAssessment.asEntered").contains("imported creatinine: lab result #"),
                    a.getString("latestAssessment.asEntered"));
            assertTrue(a.getString("latestAssessment.asEntered").contains(LIS), "the sending system is named");
        }
    }

    @Test
    void aBundleWithOneBadEntryFilesNothingAndNamesEachElementItCannotTake() {
        Instant yesterday = Instant.now().minus(Duration.ofDays(1));
        long course = eligibleCourse();
        long patient = patientOf(course);
        Map<String, Object> preliminary = observation(patient, "2823-3", 4.1, "mmol/L", yesterday);
        preliminary.put("status", "preliminary");
        Map<String, Object> lessThan = observation(patient, "1988-5", 0.1, "mg/dL", yesterday);
        lessThan.put("valueQuantity", Map.of("value", 0.1, "comparator", "<", "system", "http://unitsofmeasure.org",
                "code", "mg/dL"));
        OperationOutcome oo = refused(labFeed().body(transaction(
                observation(patient, "2160-0", 1.2, "mg/dL", yesterday),
                observation(patient, "777-3", 5.2, "10*4/mm3", yesterday),
                observation(patient, "2160-0", 106, "umol/L", yesterday),
                observation(patient, "3084-1", 300, "umol/L", yesterday),
                observation(patient, "9999-9", 1, "mg/dL", yesterday),
                preliminary, lessThan,
                observation(patient, "2160-0", 1.2, "mg/dL", Instant.now().plus(Duration.ofDays(1))))).post("/fhir"),
                422);
        assertEquals(List.of("Bundle.entry[1].resource.valueQuantity.code",
                "Bundle.entry[2].resource.valueQuantity.code", "Bundle.entry[3].resource.valueQuantity.code",
                "Bundle.entry[4].resource.code", "Bundle.entry[5].resource.status",
                "Bundle.entry[6].resource.valueQuantity.comparator", "Bundle.entry[7].resource.effectiveDateTime"),
                expressions(oo));
        assertTrue(oo.getIssueFirstRep().getDiagnostics().contains("10*4/uL"), "names the units it takes");
        assertEquals(0, laboratoryObservations(patient), "nothing of the Bundle was filed");
        nurse().body(withoutLabs(assessmentBody(170, 70, 1.0, "MG_DL")))
                .post("/courses/" + course + "/lymphodepletion/assessments").then().statusCode(422)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("creatinine"));

        // an implausible value once converted (creatinine 106 sent as mg/dL: umol/L misfiled) is refused on its value
        OperationOutcome implausible = refused(labFeed().body(observation(patient, "2160-0", 106, "mg/dL", yesterday))
                .post("/fhir/Observation"), 422);
        assertEquals(List.of("Observation.valueQuantity.value"), expressions(implausible));
        assertEquals(0, laboratoryObservations(patient));

        refused(labFeed().body("{\"resourceType\": \"Patient\"}").post("/fhir/Observation"), 400);
        refused(labFeed().body("not json").post("/fhir"), 400);
        OperationOutcome batch = refused(labFeed().body(Map.of("resourceType", "Bundle", "type", "batch", "entry",
                List.of())).post("/fhir"), 422);
        assertEquals("Bundle.type", expressions(batch).get(0));
    }

    @Test
    void aResultCollectedAfterTheInfusionBecomesAGradedPanelAndReadsBackAsSent() {
        long course = courseReadyForInfusion(clock);
        Instant end = clock.instant().plus(Duration.ofHours(3));
        infuse(course, clock, end);
        long patient = patientOf(course);
        clock.set(end.plus(Duration.ofHours(20)));
        Instant collected = end.plus(Duration.ofHours(18));
        String mrn = coordinator().get("/courses/" + course).then().extract().jsonPath().getString("patient.mrn");
        Map<String, Object> byMrn = observation(patient, "777-3", 2.4, "10*4/uL", collected);
        byMrn.put("subject", Map.of("identifier", Map.of("system", "http://cartflow.org/fhir/sid/mrn/" + Tokens.SITE,
                "value", mrn)));

        var created = labFeed().body(transaction(byMrn, observation(patient, "2160-0", 0.9, "mg/dL", collected),
                observation(patient, "42595-9", 20, "[IU]/mL", collected))).post("/fhir").then().statusCode(200)
                .extract().asString();
        String location = R4.newJsonParser().parseResource(Bundle.class, created).getEntryFirstRep().getResponse()
                .getLocation();

        JsonPath m = nurse().get("/courses/" + course + "/monitoring").then().statusCode(200).extract().jsonPath();
        assertEquals(1, m.getList("labs").size(), "one panel for one collection time");
        assertEquals(24.0, m.getDouble("labs[0].platelets"), 1e-9);
        assertEquals(4, m.getInt("labs[0].plateletGrade"), "CTCAE: platelets < 25 x 10^9/L is grade 4");
        assertEquals(0.9, m.getDouble("labs[0].creatinine"), 1e-9);
        assertEquals("20 IU/mL", m.getString("labs[0].hbvDna"));
        assertEquals(collected, Instant.parse(m.getString("labs[0].collectedAt")));

        Observation back = R4.newJsonParser().parseResource(Observation.class, labFeed().get("/fhir/" + location)
                .then().statusCode(200).extract().asString());
        Quantity q = back.getValueQuantity();
        assertEquals(0, new java.math.BigDecimal("2.4").compareTo(q.getValue()), "the value as sent");
        assertEquals("10*4/uL", q.getCode());
        assertEquals(LIS, back.getMeta().getSource());
        assertEquals("777-3", back.getCode().getCodingFirstRep().getCode());
        assertTrue(back.getText().getDivAsString().contains("CartFlow uses 24 10*9/L"), back.getText().getDivAsString());
        // three results as sent, and CartFlow's panel of two of them (HBV DNA is text), graded, derived from them
        assertEquals(5, laboratoryObservations(patient));
        long panelId = m.getLong("labs[0].id");
        Observation platelets = R4.newJsonParser().parseResource(Observation.class, labFeed()
                .get("/fhir/Observation/panel-" + panelId + "-platelets").then().statusCode(200).extract().asString());
        assertEquals(0, new java.math.BigDecimal("24").compareTo(platelets.getValueQuantity().getValue()));
        assertEquals("10*9/L", platelets.getValueQuantity().getCode());
        assertEquals(4, platelets.getComponentFirstRep().getValueIntegerType().getValue(), "CTCAE grade");
        assertEquals("Observation/" + location.replace("Observation/", ""),
                platelets.getDerivedFromFirstRep().getReference());
        physician().body(Map.of("assessedOn", collected.atZone(TOKYO).toLocalDate().toString(), "response", "CR", "mrd",
                "NEGATIVE")).post("/courses/" + course + "/monitoring/responses").then().statusCode(200);
        Bundle exam = R4.newJsonParser().parseResource(Bundle.class, labFeed()
                .get("/fhir/Observation?patient=" + patient + "&category=exam").then().statusCode(200).extract()
                .asString());
        Observation response = exam.getEntry().stream().map(e -> (Observation) e.getResource())
                .filter(o -> o.getIdElement().getIdPart().startsWith("response-")).findFirst().orElseThrow();
        assertEquals("CR", response.getValueCodeableConcept().getCodingFirstRep().getCode());
        assertEquals("mrd-negative", response.getComponentFirstRep().getValueCodeableConcept().getCodingFirstRep()
                .getCode());
        var validator = FhirApiTest.validator();
        assertEquals(List.of(), FhirApiTest.findings(validator, back));
        assertEquals(List.of(), FhirApiTest.findings(validator, platelets));
        assertEquals(List.of(), FhirApiTest.findings(validator, response));
        assertEquals(List.of(), FhirApiTest.findings(validator, R4.newJsonParser().parseResource(Bundle.class,
                labFeed().get("/fhir/Observation?patient=" + patient + "&category=laboratory").then().extract()
                        .asString())));

        var single = labFeed().body(observation(patient, "2823-3", 4.4, "mmol/L", collected.plus(Duration.ofHours(1))))
                .post("/fhir/Observation");
        single.then().statusCode(201).header("Location", org.hamcrest.Matchers.containsString("/fhir/Observation/lab-"));
        assertEquals(2, nurse().get("/courses/" + course + "/monitoring").then().extract().jsonPath().getList("labs")
                .size());
    }

    @Test
    void onlyNursesAndPhysiciansSendResultsAndOnlyForPatientsTheySee() {
        long course = eligibleCourse();
        long patient = patientOf(course);
        Map<String, Object> o = observation(patient, "2160-0", 1.0, "mg/dL", Instant.now().minus(Duration.ofHours(2)));
        for (String role : List.of(Role.COORDINATOR, Role.PHARMACIST, Role.ADMIN)) {
            fhirAs("someone", role).body(o).post("/fhir/Observation").then().statusCode(403);
            fhirAs("someone", role).body(transaction(o)).post("/fhir").then().statusCode(403);
        }
        given().contentType("application/fhir+json").body(o).post("/fhir/Observation").then().statusCode(401);
        var elsewhere = given().header("Authorization", "Bearer " + Tokens.atSite("east", "nurse-east", Role.NURSE))
                .contentType("application/fhir+json").accept("application/fhir+json").body(o).post("/fhir/Observation");
        assertEquals(List.of("Observation.subject"), expressions(refused(elsewhere, 422)));
        fhirAs("phys-ito", Role.PHYSICIAN).body(o).post("/fhir/Observation").then().statusCode(201);
        assertEquals(1, laboratoryObservations(patient));
    }
}

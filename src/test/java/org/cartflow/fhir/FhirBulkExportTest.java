package org.cartflow.fhir;

import static io.restassured.RestAssured.given;
import static org.cartflow.support.Api.*;
import static org.junit.jupiter.api.Assertions.*;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.FhirValidator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cartflow.common.Role;
import org.cartflow.support.MutableClock;
import org.cartflow.support.Tokens;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 22 item 3: FHIR Bulk Data $export of the de-identified surveillance dataset (SURV-1): the async kick-off,
 * status and NDJSON files of the Bulk Data specification, each resource valid R4, nothing that names the patient,
 * only the exporting roles, only the requester's job, the caller's sites, and the kick-off in the audit trail.
 */
@QuarkusTest
class FhirBulkExportTest {

    private static final FhirContext R4 = FhirContext.forR4Cached();
    private static final String PURPOSE = "SURV-1 quarterly report to the marketing authorisation holder";

    @Inject
    MutableClock clock;
    @Inject
    io.agroal.api.AgroalDataSource db;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).accept("application/fhir+json");
    }

    private static String coordinatorToken() {
        return Tokens.of("coord-ann", Role.COORDINATOR);
    }

    private static Response kickOff(String token, String query) {
        return as(token).header("Prefer", "respond-async").get("/fhir/$export" + query);
    }

    /** Polls the status URL as the Bulk Data client does, until the manifest (200) or 30 s. */
    private static JsonPath manifest(String token, String status) throws InterruptedException {
        for (int i = 0; i < 150; i++) {
            Response r = as(token).get(status);
            if (r.statusCode() == 200) {
                return r.then().contentType("application/json").extract().jsonPath();
            }
            assertEquals(202, r.statusCode(), r.asString());
            assertNotNull(r.header("X-Progress"));
            Thread.sleep(200);
        }
        throw new AssertionError("the export did not finish in 30 s");
    }

    @Test
    void theSurveillanceDatasetExportsAsValidDeIdentifiedNdjsonToItsRequesterOnly() throws Exception {
        long course = courseReadyForInfusion(clock);
        infuse(course, clock, clock.instant().plus(Duration.ofHours(3)));
        JsonPath patient = coordinator().get("/courses/" + course).then().statusCode(200).extract().jsonPath();
        String mrn = patient.getString("patient.mrn");
        String caseId = coordinator().get("/surveillance/export?purpose=" + PURPOSE).then().statusCode(200).extract()
                .jsonPath().getList("caseId", String.class).stream().filter(id -> id != null).reduce((a, b) -> b)
                .orElseThrow();

        Response accepted = as(coordinatorToken()).header("Prefer", "respond-async")
                .queryParam("_outputFormat", "application/fhir+ndjson").queryParam("purpose", PURPOSE)
                .get("/fhir/$export");
        assertEquals(202, accepted.statusCode(), accepted.asString());
        String status = accepted.header("Content-Location");
        assertTrue(status.matches("http://.+/fhir/bulk-export/[0-9a-f-]{36}"), status);
        JsonPath manifest = manifest(coordinatorToken(), status);
        assertTrue(manifest.getBoolean("requiresAccessToken"));
        assertNotNull(java.time.Instant.parse(manifest.getString("transactionTime")));
        assertTrue(manifest.getString("request").contains("/fhir/$export"));
        assertEquals(List.of("Patient", "Procedure", "Observation"), manifest.getList("output.type"));
        assertEquals(List.of(), manifest.getList("error"));
        List<Integer> counts = manifest.getList("output.count", Integer.class);
        assertTrue(counts.get(0) >= 1 && counts.stream().distinct().count() == 1, "one of each per case: " + counts);

        FhirValidator validator = FhirApiTest.validator();
        List<Resource> exported = new ArrayList<>();
        for (String url : manifest.getList("output.url", String.class)) {
            String ndjson = given().header("Authorization", "Bearer " + coordinatorToken())
                    .accept("application/fhir+ndjson").get(url).then().statusCode(200)
                    .contentType("application/fhir+ndjson").extract().asString();
            assertFalse(ndjson.contains(mrn), "no MRN");
            assertFalse(ndjson.contains("Yamada"), "no name");
            assertFalse(ndjson.contains("1961-04-02"), "no birth date");
            String[] lines = ndjson.split("\n");
            assertEquals(counts.get(0), lines.length);
            for (String line : lines) {
                Resource r = (Resource) R4.newJsonParser().parseResource(line);
                exported.add(r);
            }
            given().accept("application/fhir+ndjson").get(url).then().statusCode(401);
        }
        Patient p = (Patient) exported.stream().filter(r -> r.getIdElement().getIdPart().equals(caseId)).findFirst()
                .orElseThrow(() -> new AssertionError("case " + caseId + " is exported"));
        assertTrue(p.getName().isEmpty() && p.getIdentifier().isEmpty() && p.getBirthDate() == null
                && p.getAddress().isEmpty() && p.getTelecom().isEmpty());
        assertEquals("PSEUDED", p.getMeta().getSecurityFirstRep().getCode());
        Procedure infusion = exported.stream().filter(r -> r instanceof Procedure).map(r -> (Procedure) r)
                .filter(r -> r.getSubject().getReference().equals("Patient/" + caseId)).findFirst().orElseThrow();
        assertEquals(String.valueOf(clock.instant().atZone(TOKYO).getYear()),
                infusion.getPerformedDateTimeType().getValueAsString(), "the infusion year only");
        Observation summary = exported.stream().filter(r -> r instanceof Observation).map(r -> (Observation) r)
                .filter(r -> r.getSubject().getReference().equals("Patient/" + caseId)).findFirst().orElseThrow();
        assertEquals("INFUSED", summary.getComponent().stream()
                .filter(c -> c.getCode().getCodingFirstRep().getCode().equals("course-state")).findFirst()
                .orElseThrow().getValueCodeableConcept().getCodingFirstRep().getCode());
        for (Resource r : List.of(p, infusion, summary)) {
            assertEquals(List.of(), FhirApiTest.findings(validator, r), r.fhirType());
        }

        // only the requester: another exporter's token sees neither the job nor its files
        String other = Tokens.of("dr-sato", Role.PHYSICIAN);
        as(other).get(status).then().statusCode(404);
        given().header("Authorization", "Bearer " + other).get(manifest.getString("output[0].url")).then()
                .statusCode(404);
        as(Tokens.of("nurse-kim", Role.NURSE)).get(status).then().statusCode(403);

        try (var c = db.getConnection(); var st = c.createStatement(); var rs = st.executeQuery(
                "select actor, actor_role, reason, details from audit_event where action = 'surveillance.exported' "
                        + "and details like '%fhir-ndjson%' order by id desc limit 1")) {
            assertTrue(rs.next());
            assertEquals("coord-ann", rs.getString("actor"));
            assertEquals("coordinator", rs.getString("actor_role"));
            assertEquals(PURPOSE, rs.getString("reason"));
            assertTrue(rs.getString("details").contains(status.substring(status.lastIndexOf('/') + 1)));
        }

        as(coordinatorToken()).delete(status).then().statusCode(202);
        as(coordinatorToken()).get(status).then().statusCode(404);
    }

    @Inject
    BulkExports exports;

    @Test
    void aJobAndItsFilesAreKeptForADayThenDeleted() throws Exception {
        String status = kickOff(coordinatorToken(), "?_type=Patient&purpose=" + PURPOSE).then().statusCode(202)
                .extract().header("Content-Location");
        manifest(coordinatorToken(), status);
        String expires = as(coordinatorToken()).get(status).then().statusCode(200).extract().header("Expires");
        assertNotNull(expires, "the manifest says until when the files are kept");
        long expiresAt = java.time.ZonedDateTime.parse(expires, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                .toEpochSecond();
        assertTrue(Math.abs(clock.instant().plus(Duration.ofHours(24)).getEpochSecond() - expiresAt) < 120, expires);
        exports.purgeExpired();
        as(coordinatorToken()).get(status).then().statusCode(200);
        clock.set(clock.instant().plus(Duration.ofHours(24)).plusSeconds(60));
        assertTrue(exports.purgeExpired() >= 1);
        as(coordinatorToken()).get(status).then().statusCode(404);
    }

    @Test
    void aKickOffTheServerCannotHonourIsRefusedWithAnOperationOutcome() {
        for (Map.Entry<String, String> bad : Map.of("?purpose=x", "purpose", "?_type=Consent&purpose=" + PURPOSE,
                "_type", "?_since=2026-01-01T00:00:00Z&purpose=" + PURPOSE, "_since",
                "?_outputFormat=text/csv&purpose=" + PURPOSE, "_outputFormat").entrySet()) {
            String body = kickOff(coordinatorToken(), bad.getKey()).then().statusCode(400)
                    .contentType("application/fhir+json").extract().asString();
            OperationOutcome oo = R4.newJsonParser().parseResource(OperationOutcome.class, body);
            assertEquals(bad.getValue(), oo.getIssueFirstRep().getExpression().get(0).getValue(), bad.getKey());
        }
        String body = as(coordinatorToken()).get("/fhir/$export?purpose=" + PURPOSE).then().statusCode(400)
                .extract().asString();
        assertEquals("Prefer", R4.newJsonParser().parseResource(OperationOutcome.class, body).getIssueFirstRep()
                .getExpression().get(0).getValue());
        kickOff(Tokens.of("nurse-kim", Role.NURSE), "?purpose=" + PURPOSE).then().statusCode(403);
        kickOff(Tokens.of("admin-ito", Role.ADMIN), "?purpose=" + PURPOSE).then().statusCode(403);
        given().header("Prefer", "respond-async").get("/fhir/$export?purpose=" + PURPOSE).then().statusCode(401);
        as(coordinatorToken()).get("/fhir/bulk-export/not-a-job").then().statusCode(404);
    }

    @Test
    void anotherSitesExportHoldsNoneOfThisSitesCases() throws Exception {
        long course = courseReadyForInfusion(clock);
        infuse(course, clock, clock.instant().plus(Duration.ofHours(3)));
        String east = Tokens.atSite("site-b", "coord-east", Role.COORDINATOR);
        String status = kickOff(east, "?purpose=" + PURPOSE).then().statusCode(202).extract()
                .header("Content-Location");
        JsonPath manifest = manifest(east, status);
        String caseId = coordinator().get("/surveillance/export?purpose=" + PURPOSE).then().statusCode(200).extract()
                .jsonPath().getList("caseId", String.class).get(0);
        for (String url : manifest.getList("output.url", String.class)) {
            String ndjson = given().header("Authorization", "Bearer " + east).get(url).then().statusCode(200)
                    .extract().asString();
            assertFalse(ndjson.contains(caseId), "a site-a case in site-b's export");
        }
    }
}

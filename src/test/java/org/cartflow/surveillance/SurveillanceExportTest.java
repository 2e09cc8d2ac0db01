package org.cartflow.surveillance;

import static org.cartflow.support.Api.*;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.cartflow.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** SURV-1: the export is de-identified and carries the course's toxicities and outcome; the summary its reference. */
@QuarkusTest
class SurveillanceExportTest {

    private static final String PURPOSE = "PMDA all-case surveillance, test report";

    @Inject
    org.cartflow.surveillance.SurveillanceService surveillance;

    @Inject
    MutableClock clock;

    @AfterEach
    void reset() {
        clock.reset();
    }

    @Test
    void exportIsDeIdentifiedAndCarriesToxicitiesAndResponse() {
        long course = org.cartflow.support.Api.courseReadyForInfusion(clock);
        Instant infusion = LocalDate.now().plusDays(300).atTime(9, 0).atZone(ZoneId.of("Asia/Tokyo")).toInstant();
        org.cartflow.support.Api.infuse(course, clock, infusion);
        transition(course, "admit-for-monitoring", nurse());
        clock.set(infusion.plus(Duration.ofDays(1)));
        Map<String, Object> fever = new HashMap<>(calmAssessment(infusion.plus(Duration.ofDays(1))));
        fever.put("temperatureC", 38.5);
        fever.put("hypotension", true);
        nurse().body(fever).post("/courses/" + course + "/monitoring/assessments").then().statusCode(200);
        clock.set(infusion.plus(Duration.ofDays(2)));
        recordCalmAssessment(course, clock.instant());
        String on = clock.instant().atZone(ZoneId.of("Asia/Tokyo")).toLocalDate().toString();
        physician().body(Map.of("assessedOn", on, "response", "VGPR", "mrd", "NOT_DONE"))
                .post("/courses/" + course + "/monitoring/responses").then().statusCode(200);
        physician().body(Map.of("assessedOn", on, "response", "PR", "mrd", "NOT_DONE"))
                .post("/courses/" + course + "/monitoring/responses").then().statusCode(200);
        var patient = physician().get("/courses/" + course).then().extract().jsonPath();
        String mrn = physician().get("/patients/" + patient.getLong("patient.id")).then().extract().path("mrn");

        String caseId = surveillance.caseId(course);
        pharmacist().get("/surveillance/export?purpose=" + PURPOSE).then().statusCode(200)
                .body("find { it.caseId == '" + caseId + "' }.maxCrsGrade", is(2))
                // CRS first graded on day 1 after infusion: KarMMa counts onset day - infusion day + 1 = 2
                .body("find { it.caseId == '" + caseId + "' }.crsOnsetDay", is(2))
                .body("find { it.caseId == '" + caseId + "' }.crsDurationDays", is(1))
                .body("find { it.caseId == '" + caseId + "' }.mrdNegative", is(false))
                .body("find { it.caseId == '" + caseId + "' }.icansDurationDays", nullValue())
                .body("find { it.caseId == '" + caseId + "' }.bestResponse", is("VGPR"))
                .body("find { it.caseId == '" + caseId + "' }.osDays", is(2))
                .body("find { it.caseId == '" + caseId + "' }.pfsDays", is(2))
                .body("find { it.caseId == '" + caseId + "' }.progressedOrDied", is(false))
                .body("find { it.caseId == '" + caseId + "' }.dorDays", is(0))
                .body("find { it.caseId == '" + caseId + "' }.ageBand", matchesPattern("\\d+-\\d+"))
                .body("find { it.caseId == '" + caseId + "' }", not(hasKey("mrn")))
                .body("find { it.caseId == '" + caseId + "' }", not(hasKey("birthDate")))
                .body("find { it.caseId == '" + caseId + "' }", not(hasKey("familyName")))
                .body("find { it.caseId == '" + caseId + "' }.infusionYear", is(clock.instant().atZone(ZoneId.of("Asia/Tokyo")).getYear()))
                .body("find { it.caseId == '" + caseId + "' }", not(hasKey("infusionMonth")))
                .body(not(containsString(mrn)));
        // the case id is a keyed pseudonym: nothing in it leads back to the course without the site's key
        org.junit.jupiter.api.Assertions.assertTrue(caseId.matches("S-[0-9a-f]{16}"), caseId);
        org.junit.jupiter.api.Assertions.assertNotEquals(caseId, surveillance.caseId(course + 1));
        String csv = coordinator().accept("text/csv").get("/surveillance/export.csv?purpose=" + PURPOSE).then().statusCode(200)
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(csv.startsWith(ExportRow.CSV_HEADER + "\n"));
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("\n" + caseId + ",MALE,"), csv);
        org.junit.jupiter.api.Assertions.assertFalse(csv.contains(mrn));
        physician().get("/surveillance/summary").then().statusCode(200)
                .body("infused", greaterThanOrEqualTo(1)).body("crs.count", greaterThanOrEqualTo(1))
                .body("overallSurvival.subjects", greaterThanOrEqualTo(1))
                .body("progressionFreeSurvival.subjects", greaterThanOrEqualTo(1))
                .body("orr.method", is("Wald")).body("completeResponse.method", is("Wald"))
                .body("approvedDose.doseRangeMillions", is("280-540"))
                .body("approvedDose.orr.method", is("Clopper-Pearson"))
                .body("approvedDose.compareWithReference", is("doseLevels.450"))
                .body("mrdNegativeCompleteResponse.method", is("Clopper-Pearson"))
                .body("conventions.onsetDay", containsString("+ 1"))
                .body("karmmaReference.doseLevels.450.n", is(54))
                .body("karmmaReference.orr.ciMethod", is("Wald"))
                .body("karmmaReference.n", is(128)).body("karmmaReference.orr.count", is(94))
                .body("karmmaReference.crs.count", is(107)).body("karmmaReference.neurotoxicity.count", is(23));
        nurse().get("/surveillance/summary").then().statusCode(403);
    }

    @Test
    void anExportNeedsAPurposeAndIsAuditedWithWhoAndWhy() throws java.sql.SQLException {
        pharmacist().get("/surveillance/export").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", is("purpose"));
        coordinator().accept("text/csv").get("/surveillance/export.csv?purpose=short").then().statusCode(422)
                .body("errors[0].field", is("purpose"));
        coordinator().accept("text/csv").get("/surveillance/export.csv?purpose=" + PURPOSE + " (csv)").then()
                .statusCode(200);
        try (java.sql.Connection c = db.getConnection(); java.sql.Statement st = c.createStatement();
                java.sql.ResultSet rs = st.executeQuery("select actor, actor_role, reason, details from audit_event "
                        + "where action = 'surveillance.exported' order by id desc limit 1")) {
            org.junit.jupiter.api.Assertions.assertTrue(rs.next());
            org.junit.jupiter.api.Assertions.assertEquals("coord-ann", rs.getString("actor"));
            org.junit.jupiter.api.Assertions.assertEquals("coordinator", rs.getString("actor_role"));
            org.junit.jupiter.api.Assertions.assertEquals(PURPOSE + " (csv)", rs.getString("reason"));
            org.junit.jupiter.api.Assertions.assertTrue(rs.getString("details").contains("\"format\":\"csv\""));
        }
    }

    @Inject
    io.agroal.api.AgroalDataSource db;
}

package org.cartflow.monitoring;

import static org.cartflow.support.Api.*;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cartflow.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** ASTCT 2019 CRS and ICANS grades computed on recorded assessments, tocilizumab rules and the discharge guards. */
@QuarkusTest
class MonitoringGradingTest {

    @Inject
    MutableClock clock;

    private Instant infusion;

    @AfterEach
    void reset() {
        clock.reset();
    }

    private long infusedInpatient(int daysAhead) {
        long course = org.cartflow.support.Api.courseReadyForInfusion(clock);
        infusion = LocalDate.now().plusDays(daysAhead).atTime(10, 0).atZone(ZoneId.of("Asia/Tokyo")).toInstant();
        org.cartflow.support.Api.infuse(course, clock, infusion);
        transition(course, "admit-for-monitoring", nurse());
        clock.set(infusion.plus(Duration.ofHours(30)));
        return course;
    }

    private Map<String, Object> assessment(Map<String, Object> changes) {
        Map<String, Object> m = new HashMap<>(calmAssessment(clock.instant().minusSeconds(60)));
        m.putAll(changes);
        return m;
    }

    private void expectGrades(long course, Map<String, Object> changes, int crs, int icans) {
        nurse().body(assessment(changes)).post("/courses/" + course + "/monitoring/assessments").then()
                .statusCode(200).body("activeCrsGrade", is(crs)).body("activeIcansGrade", is(icans))
                .body("assessments[-1].crsGrade", is(crs)).body("assessments[-1].icansGrade", is(icans));
    }

    private static Map<String, Object> ice(int orientation, int naming, int commands, int writing, int attention) {
        return Map.of("ice", Map.of("orientation", orientation, "naming", naming, "commands", commands,
                "writing", writing, "attention", attention));
    }

    private static Map<String, Object> with(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void crsGradesAndTheirBoundaries() {
        long c = infusedInpatient(100);
        expectGrades(c, with(), 0, 0);
        // grade 1: fever >= 38.0 C; 37.9 is not fever
        expectGrades(c, with("temperatureC", 37.9), 0, 0);
        expectGrades(c, with("temperatureC", 38.0), 1, 0);
        // without fever (and no tocilizumab/steroid yet) hypotension is not graded as CRS
        expectGrades(c, with("temperatureC", 37.0, "hypotension", true), 0, 0);
        // grade 2: hypotension without vasopressors, or low-flow cannula <= 6 L/min, or blow-by
        expectGrades(c, with("temperatureC", 38.4, "hypotension", true), 2, 0);
        expectGrades(c, with("temperatureC", 38.4, "oxygenDevice", "LOW_FLOW_CANNULA", "oxygenFlowLpm", 6.0), 2, 0);
        expectGrades(c, with("temperatureC", 38.4, "oxygenDevice", "BLOW_BY"), 2, 0);
        // grade 3: > 6 L/min, face mask, non-rebreather, Venturi, high-flow; one vasopressor (+/- vasopressin)
        expectGrades(c, with("temperatureC", 38.4, "oxygenDevice", "LOW_FLOW_CANNULA", "oxygenFlowLpm", 6.1), 3, 0);
        for (String device : List.of("HIGH_FLOW_CANNULA", "FACE_MASK", "NON_REBREATHER", "VENTURI")) {
            expectGrades(c, with("temperatureC", 38.4, "oxygenDevice", device, "oxygenFlowLpm", 10), 3, 0);
        }
        expectGrades(c, with("temperatureC", 38.4, "hypotension", true, "vasopressors", 1), 3, 0);
        expectGrades(c, with("temperatureC", 38.4, "hypotension", true, "vasopressors", 1, "vasopressin", true), 3, 0);
        // grade 4: several vasopressors (vasopressin not counted), positive pressure
        expectGrades(c, with("temperatureC", 38.4, "hypotension", true, "vasopressors", 2), 4, 0);
        for (String device : List.of("CPAP", "BIPAP", "INTUBATION")) {
            expectGrades(c, with("temperatureC", 38.4, "oxygenDevice", device), 4, 0);
        }
        // the worse of hypotension and hypoxia sets the grade
        expectGrades(c, with("temperatureC", 38.4, "hypotension", true, "oxygenDevice", "FACE_MASK"), 3, 0);
        nurse().get("/courses/" + c + "/monitoring").then().body("alerts", hasItem(containsString("CRS grade 3")));
    }

    @Test
    void icansGradesAndTheirBoundaries() {
        long c = infusedInpatient(110);
        expectGrades(c, ice(4, 3, 1, 1, 1), 0, 0);
        expectGrades(c, ice(4, 3, 0, 0, 0), 0, 1); // ICE 7
        expectGrades(c, ice(3, 3, 0, 0, 0), 0, 2); // ICE 6
        expectGrades(c, ice(3, 0, 0, 0, 0), 0, 2); // ICE 3
        expectGrades(c, ice(2, 0, 0, 0, 0), 0, 3); // ICE 2
        expectGrades(c, ice(0, 0, 0, 0, 0), 0, 3); // ICE 0 but arousable
        Map<String, Object> unable = with("consciousness", "UNAROUSABLE");
        unable.put("ice", null);
        expectGrades(c, unable, 0, 4);
        expectGrades(c, with("consciousness", "TO_VOICE"), 0, 2);
        expectGrades(c, with("consciousness", "TO_TOUCH"), 0, 3);
        expectGrades(c, with("seizure", "RESOLVING"), 0, 3);
        expectGrades(c, with("seizure", "PROLONGED_OR_REPETITIVE"), 0, 4);
        expectGrades(c, with("motorWeakness", true), 0, 4);
        expectGrades(c, with("cerebralOedema", "FOCAL"), 0, 3);
        expectGrades(c, with("cerebralOedema", "DIFFUSE_OR_POSTURING"), 0, 4);
        // the most severe domain sets the grade
        Map<String, Object> mixed = with("seizure", "RESOLVING");
        mixed.putAll(ice(4, 3, 0, 0, 0));
        expectGrades(c, mixed, 0, 3);
        nurse().get("/courses/" + c + "/monitoring").then().body("alerts", hasItem(containsString("ICANS grade 3")));
    }

    @Test
    void badAssessmentIsAProblemNamingTheField() {
        long c = infusedInpatient(120);
        nurse().body(assessment(with("ice", Map.of("orientation", 5, "naming", 3, "commands", 1, "writing", 1,
                "attention", 1)))).post("/courses/" + c + "/monitoring/assessments").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(containsString("orientation")));
        nurse().body(assessment(with("oxygenDevice", "LOW_FLOW_CANNULA"))).post("/courses/" + c
                + "/monitoring/assessments").then().statusCode(422).body("errors[0].field", is("oxygenFlowLpm"));
        nurse().body(assessment(with("assessedAt", infusion.minusSeconds(3600).toString())))
                .post("/courses/" + c + "/monitoring/assessments").then().statusCode(422)
                .body("errors[0].field", is("assessedAt"));
        nurse().get("/courses/" + c + "/monitoring").then().body("assessments", empty())
                .body("daysWithoutAssessment", contains(0, 1))
                .body("alerts", hasItem(containsString("day(s) [0, 1]")));
    }

    @Test
    void tocilizumabIsDosedFromWeightSpacedEightHoursAndTakenFromTheDosesOnHand() {
        long c = infusedInpatient(130);
        String path = "/courses/" + c + "/monitoring/interventions";
        Instant first = infusion.plus(Duration.ofHours(2));
        // a dose given beyond the stock is documented, not refused: TocilizumabDocumentedTest; each dose is
        // documented as it is given (late entries: PerformedAtTest)
        clock.set(first);
        pharmacist().body(Map.of("dosesOnHand", 2)).put("/courses/" + c + "/monitoring/tocilizumab-stock").then()
                .statusCode(200).body("tocilizumabDosesOnHand", is(2));
        nurse().body(Map.of("drug", "TOCILIZUMAB", "givenAt", first.toString())).post(path).then()
                .statusCode(422).body("errors[0].field", is("weightKg"));
        nurse().body(Map.of("drug", "TOCILIZUMAB", "givenAt", first.toString(), "weightKg", 62.5)).post(path).then()
                .statusCode(200).body("interventions[0].doseMg", is(500.0f)).body("tocilizumabDosesOnHand", is(1));
        // 7 h 59 min later: too early, and refused while no deviation reason is given
        clock.set(first.plus(Duration.ofMinutes(479)));
        nurse().body(Map.of("drug", "TOCILIZUMAB", "givenAt", first.plus(Duration.ofMinutes(479)).toString(),
                "weightKg", 120)).post(path).then().statusCode(422).body("ruleIds", contains("CRS-ALG"))
                .body("refusals[0].guard", is("TocilizumabSpacingGuard"));
        nurse().get("/courses/" + c + "/monitoring").then().body("tocilizumabDosesOnHand", is(1))
                .body("interventions", hasSize(1));
        // 8 h later: allowed; 120 kg x 8 mg = 960 mg, capped at 800 mg
        clock.set(first.plus(Duration.ofHours(8)));
        nurse().body(Map.of("drug", "TOCILIZUMAB", "givenAt", first.plus(Duration.ofHours(8)).toString(),
                "weightKg", 120)).post(path).then().statusCode(200).body("interventions[1].doseMg", is(800.0f))
                .body("tocilizumabDosesOnHand", is(0));
        clock.set(first.plus(Duration.ofHours(9)));
        nurse().body(Map.of("drug", "CORTICOSTEROID", "givenAt", first.plus(Duration.ofHours(9)).toString(),
                "doseMg", 10)).post(path).then().statusCode(200).body("interventions", hasSize(3));
        clock.set(infusion.plus(Duration.ofHours(30)));
        // once tocilizumab has been given, fever is no longer needed to grade CRS
        expectGrades(c, with("temperatureC", 37.0, "hypotension", true), 2, 0);
        physician().get("/courses/" + c + "/audit").then()
                .body("findAll { it.action == 'monitoring.intervention.recorded' }", hasSize(3))
                .body("find { it.action == 'monitoring.tocilizumab-stock.recorded' }.actorRole", is("pharmacist"));
    }

    @Test
    void dischargeIsRefusedWhileCrsIsActiveOrArrangementsAreMissing() {
        long c = infusedInpatient(140);
        clock.set(infusion.plus(Duration.ofDays(14)));
        physician().body(Map.of("transition", "discharge")).post("/courses/" + c + "/transitions").then()
                .statusCode(422).body("ruleIds", hasItems("MON-3", "MON-4", "MON-2", "MON-5", "MON-6", "MON-7",
                        "MON-8"));
        assessedEveryDay(c, clock);
        nurse().body(labPanel(clock.instant())).post("/courses/" + c + "/monitoring/labs").then().statusCode(200);
        expectGrades(c, with("temperatureC", 38.1), 1, 0);
        physician().body(Map.of("caregiverName", "Yamada Hanako", "caregiverContact", "090", "lodgingAddress",
                "far away", "lodgingMinutesToSite", 45, "ackNoDriving", true, "ackNoDonation", false,
                "ackLiveVaccines", true, "ackHivNatFalsePositive", true))
                .put("/courses/" + c + "/monitoring/discharge-record").then().statusCode(200);
        physician().body(Map.of("transition", "discharge")).post("/courses/" + c + "/transitions").then()
                .statusCode(422).body("ruleIds", containsInAnyOrder("CRS-ALG", "MON-2", "POST-2"))
                .body("refusals.find { it.ruleId == 'CRS-ALG' }.overridable", is(false));
        readyForDischarge(c, clock);
        transition(c, "discharge", physician());
        // proximity until day 30 (MON-2)
        clock.set(infusion.plus(Duration.ofDays(29)));
        coordinator().body(Map.of("transition", "end-proximity-period")).post("/courses/" + c + "/transitions")
                .then().statusCode(422).body("ruleIds", contains("MON-2")).body("refusals[0].message",
                        containsString("day 29"));
        clock.set(infusion.plus(Duration.ofDays(30)));
        transition(c, "end-proximity-period", coordinator());
    }

    @Test
    void dischargeNeedsNoActiveIcansAndEveryAfterCareAcknowledgement() {
        long c = infusedInpatient(150);
        clock.set(infusion.plus(Duration.ofDays(14)));
        assessedEveryDay(c, clock);
        nurse().body(labPanel(clock.instant())).post("/courses/" + c + "/monitoring/labs").then().statusCode(200);
        // ICE 5/10 -> ICANS grade 2 (NEURO-ALG), afebrile -> CRS 0
        expectGrades(c, with("ice", Map.of("orientation", 2, "naming", 1, "commands", 1, "writing", 1, "attention", 0)),
                0, 2);
        physician().body(Map.of("caregiverName", "Yamada Hanako", "caregiverContact", "090", "lodgingAddress",
                "hotel", "lodgingMinutesToSite", 10, "ackNoDriving", false, "ackNoDonation", true,
                "ackLiveVaccines", false, "ackHivNatFalsePositive", false))
                .put("/courses/" + c + "/monitoring/discharge-record").then().statusCode(200);
        physician().body(Map.of("transition", "discharge")).post("/courses/" + c + "/transitions").then()
                .statusCode(422).body("ruleIds", containsInAnyOrder("NEURO-ALG", "POST-1", "POST-3", "POST-4"))
                .body("refusals.find { it.ruleId == 'NEURO-ALG' }.message", containsString("ICANS grade 2"))
                .body("refusals.find { it.ruleId == 'POST-1' }.message", containsString("driving"));
        readyForDischarge(c, clock);
        transition(c, "discharge", physician());
    }
}

package org.cartflow.monitoring;

import static org.cartflow.support.Api.*;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.cartflow.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** CTCAE v5.0 grades of the blood counts (MON-6), the labs guard of discharge, and the follow-up guard (POST-5). */
@QuarkusTest
class LabsAndFollowUpTest {

    @Inject
    MutableClock clock;

    private Instant infusion;

    @AfterEach
    void reset() {
        clock.reset();
    }

    private long infused(int daysAhead) {
        long course = org.cartflow.support.Api.courseReadyForInfusion(clock);
        infusion = LocalDate.now().plusDays(daysAhead).atTime(9, 0).atZone(ZoneId.of("Asia/Tokyo")).toInstant();
        org.cartflow.support.Api.infuse(course, clock, infusion);
        transition(course, "admit-for-monitoring", nurse());
        clock.set(infusion.plus(Duration.ofDays(3)));
        return course;
    }

    private void expectCounts(long c, double anc, double plt, double hb, int ancGrade, int pltGrade, int hbGrade) {
        Map<String, Object> labs = new java.util.HashMap<>(labPanel(clock.instant()));
        labs.putAll(Map.of("anc", anc, "platelets", plt, "hemoglobin", hb));
        nurse().body(labs).post("/courses/" + c + "/monitoring/labs").then().statusCode(200)
                .body("labs[-1].neutrophilGrade", is(ancGrade)).body("labs[-1].plateletGrade", is(pltGrade))
                .body("labs[-1].anaemiaGrade", is(hbGrade)).body("labs[-1].ctcaeVersion", is("5.0"));
    }

    @Test
    void bloodCountsGetCtcaeV5GradesAtEachBoundary() {
        long c = infused(200);
        expectCounts(c, 2.0, 150, 12.0, 0, 0, 0);
        expectCounts(c, 1.99, 149, 11.9, 1, 1, 1);
        expectCounts(c, 1.5, 75, 10.0, 1, 1, 1);
        expectCounts(c, 1.49, 74, 9.9, 2, 2, 2);
        expectCounts(c, 1.0, 50, 8.0, 2, 2, 2);
        expectCounts(c, 0.99, 49, 7.9, 3, 3, 3);
        expectCounts(c, 0.5, 25, 6.0, 3, 3, 3);
        expectCounts(c, 0.49, 24, 5.0, 4, 4, 3);
        physician().get("/courses/" + c + "/audit").then()
                .body("findAll { it.action == 'monitoring.labs.recorded' }", hasSize(8));
        nurse().body(Map.of("collectedAt", clock.instant().toString(), "anc", -1))
                .post("/courses/" + c + "/monitoring/labs").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(containsString("anc")));
    }

    @Test
    void dischargeNeedsEachLabFamilyAndPost5FollowUpLastsTwoYearsEvenAfterProgression() {
        long c = infused(210);
        clock.set(infusion.plus(Duration.ofDays(14)));
        assessedEveryDay(c, clock);
        recordCalmAssessment(c, clock.instant());
        physician().body(dischargeArrangements()).put("/courses/" + c + "/monitoring/discharge-record").then()
                .statusCode(200);
        nurse().body(Map.of("collectedAt", clock.instant().toString(), "anc", 1.2, "platelets", 90,
                "hemoglobin", 10.5)).post("/courses/" + c + "/monitoring/labs").then().statusCode(200);
        physician().body(Map.of("transition", "discharge")).post("/courses/" + c + "/transitions").then()
                .statusCode(422).body("ruleIds", containsInAnyOrder("MON-5", "MON-7", "MON-8"));
        nurse().body(labPanel(clock.instant())).post("/courses/" + c + "/monitoring/labs").then().statusCode(200);
        transition(c, "discharge", physician());
        clock.set(infusion.plus(Duration.ofDays(30)));
        transition(c, "end-proximity-period", coordinator());
        clock.set(infusion.plus(Duration.ofDays(400)));
        coordinator().body(Map.of("transition", "complete-follow-up")).post("/courses/" + c + "/transitions").then()
                .statusCode(422).body("ruleIds", containsInAnyOrder("POST-5", "SURV-1"))
                .body("refusals.find { it.ruleId == 'POST-5' }.message", containsString("day 400"))
                .body("refusals.find { it.ruleId == 'SURV-1' }.message", containsString("efficacy"));
        String on = clock.instant().atZone(ZoneId.of("Asia/Tokyo")).toLocalDate().toString();
        nurse().body(Map.of("assessedOn", on, "response", "PD", "mrd", "NOT_DONE"))
                .post("/courses/" + c + "/monitoring/responses").then().statusCode(403);
        coordinator().body(Map.of("assessedOn", on, "response", "PD", "mrd", "NOT_DONE"))
                .post("/courses/" + c + "/monitoring/responses").then().statusCode(200)
                .body("responses[0].response", is("PD"));
        // POST-5: progression before 24 months does not end follow-up (KarMMa continued such patients to 24 months)
        coordinator().body(Map.of("transition", "complete-follow-up")).post("/courses/" + c + "/transitions").then()
                .statusCode(422).body("ruleIds", contains("POST-5"))
                .body("refusals[0].message", allOf(containsString("progressive disease is recorded"),
                        containsString("day 730")));
        clock.set(infusion.plus(Duration.ofDays(730)));
        transition(c, "complete-follow-up", coordinator());
    }

    private void counts(long c, int day, double anc, double plt) {
        Map<String, Object> labs = new java.util.HashMap<>(labPanel(infusion.plus(Duration.ofDays(day))));
        labs.putAll(Map.of("anc", anc, "platelets", plt));
        nurse().body(labs).post("/courses/" + c + "/monitoring/labs").then().statusCode(200);
    }

    @Test
    void cytopeniasAtDay30AreTrackedToRecoveryAndTheCalendarRunsToFiveYears() {
        long c = infused(220);
        LocalDate infusedOn = infusion.atZone(ZoneId.of("Asia/Tokyo")).toLocalDate();
        clock.set(infusedOn.plusMonths(2).plusDays(20).atTime(12, 0).atZone(ZoneId.of("Asia/Tokyo")).toInstant());
        counts(c, 20, 0.3, 20); // grade 4 before day 30 does not count by itself
        counts(c, 30, 0.8, 40); // grade 3 / grade 3 at day 30
        counts(c, 45, 1.2, 45); // neutrophils back to grade 2; platelets still grade 3
        counts(c, 60, 1.6, 60); // platelets back to grade 2
        coordinator().body(Map.of("assessedOn", infusedOn.plusMonths(2).plusDays(3).toString(), "response", "VGPR",
                "mrd", "NEGATIVE")).post("/courses/" + c + "/monitoring/responses").then().statusCode(200);
        coordinator().get("/courses/" + c + "/monitoring/follow-up").then().statusCode(200)
                .body("cytopenias", hasSize(2))
                .body("cytopenias.find { it.lineage == 'neutrophils' }.gradeAtDay30", is(3))
                .body("cytopenias.find { it.lineage == 'neutrophils' }.recoveryDay", is(45))
                .body("cytopenias.find { it.lineage == 'neutrophils' }.daysToRecovery", is(15))
                .body("cytopenias.find { it.lineage == 'platelets' }.recoveryDay", is(60))
                .body("cytopenias.find { it.lineage == 'platelets' }.daysToRecovery", is(30))
                .body("calendar.month", contains(1, 2, 3, 6, 9, 12, 15, 18, 21, 24, 36, 48, 60))
                .body("calendar[0].due", is(infusedOn.plusMonths(1).toString()))
                .body("calendar[0].overdue", is(true))
                .body("calendar[1].responseRecorded", is(true))
                .body("calendar[2].overdue", is(false))
                .body("calendar[12].due", is(infusedOn.plusMonths(60).toString()));
        // POST-5 and TMAL-1-JP24: both watches run over the whole 5-year calendar
        coordinator().get("/courses/" + c + "/monitoring/follow-up").then()
                .body("watches.ruleId", contains("POST-5", "TMAL-1-JP24"))
                .body("watches.until", everyItem(is(infusedOn.plusMonths(60).toString())))
                .body("watches.alert", everyItem(is(false)))
                .body("watches[1].atEachVisit", containsString("T-cell"));
        physician().body(Map.of("diagnosedOn", infusedOn.plusMonths(2).toString(), "diagnosis", "MDS"))
                .post("/courses/" + c + "/monitoring/secondary-malignancies").then().statusCode(400)
                .body("errors[0].field", containsString("lineage"));
        physician().body(Map.of("diagnosedOn", infusedOn.minusDays(1).toString(), "diagnosis", "MDS",
                "lineage", "MYELOID"))
                .post("/courses/" + c + "/monitoring/secondary-malignancies").then().statusCode(422)
                .body("errors[0].field", is("diagnosedOn"));
        physician().body(Map.of("diagnosedOn", infusedOn.plusMonths(2).toString(), "diagnosis",
                "myelodysplastic syndrome", "lineage", "MYELOID")).post("/courses/" + c
                        + "/monitoring/secondary-malignancies").then()
                .statusCode(200).body("secondaryMalignancies[0].diagnosis", is("myelodysplastic syndrome"))
                .body("watches.find { it.ruleId == 'POST-5' }.alert", is(true))
                .body("watches.find { it.ruleId == 'TMAL-1-JP24' }.alert", is(false));
        physician().body(Map.of("diagnosedOn", infusedOn.plusMonths(2).toString(), "diagnosis",
                "peripheral T-cell lymphoma, NOS", "lineage", "T_CELL_LYMPHOID")).post("/courses/" + c
                        + "/monitoring/secondary-malignancies").then().statusCode(200)
                .body("watches.find { it.ruleId == 'TMAL-1-JP24' }.alert", is(true))
                .body("watches.find { it.ruleId == 'TMAL-1-JP24' }.ifFound", containsString("CAR construct"));
        physician().get("/courses/" + c + "/audit").then()
                .body("findAll { it.action == 'monitoring.secondary-malignancy.recorded' }[-1].details.ruleIds",
                        contains("POST-5", "TMAL-1-JP24"));
        physician().get("/courses/" + c + "/audit").then()
                .body("find { it.action == 'monitoring.secondary-malignancy.recorded' }.actorRole", is("physician"));
    }
}

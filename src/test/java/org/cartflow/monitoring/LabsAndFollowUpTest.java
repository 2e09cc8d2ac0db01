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
        return infused(daysAhead, "MALE");
    }

    private long infused(int daysAhead, String sex) {
        long course = org.cartflow.support.Api.courseReadyForInfusion(clock, null, sex, x -> { });
        infusion = LocalDate.now().plusDays(daysAhead).atTime(9, 0).atZone(ZoneId.of("Asia/Tokyo")).toInstant();
        org.cartflow.support.Api.infuse(course, clock, infusion);
        transition(course, "admit-for-monitoring", nurse());
        clock.set(infusion.plus(Duration.ofDays(3)));
        return course;
    }

    private void expectCounts(long c, double anc, double plt, double hb, int ancGrade, int pltGrade, int hbGrade) {
        expectCounts(c, lab(anc, "10*9/L"), lab(plt, "10*9/L"), lab(hb, "g/dL"), ancGrade, pltGrade, hbGrade);
    }

    private void expectCounts(long c, Map<String, Object> anc, Map<String, Object> plt, Map<String, Object> hb,
            int ancGrade, int pltGrade, int hbGrade) {
        Map<String, Object> labs = new java.util.HashMap<>(labPanel(clock.instant()));
        labs.putAll(Map.of("anc", anc, "platelets", plt, "hemoglobin", hb));
        nurse().body(labs).post("/courses/" + c + "/monitoring/labs").then().statusCode(200)
                .body("labs[-1].neutrophilGrade", is(ancGrade)).body("labs[-1].plateletGrade", is(pltGrade))
                .body("labs[-1].anaemiaGrade", is(hbGrade)).body("labs[-1].ctcaeVersion", is("5.0"));
    }

    @Test
    void bloodCountsGetCtcaeV5GradesAtEachBoundary() {
        long c = infused(200);
        // grade 1 below the site's lower limits for a man (defaults: ANC 2.0, platelets 158, Hb 13.7)
        expectCounts(c, 2.0, 158, 13.7, 0, 0, 0);
        expectCounts(c, 1.99, 157, 13.6, 1, 1, 1);
        expectCounts(c, 1.5, 75, 10.0, 1, 1, 1);
        expectCounts(c, 1.49, 74, 9.9, 2, 2, 2);
        expectCounts(c, 1.0, 50, 8.0, 2, 2, 2);
        expectCounts(c, 0.99, 49, 7.9, 3, 3, 3);
        expectCounts(c, 0.5, 25, 6.0, 3, 3, 3);
        expectCounts(c, 0.49, 24, 5.0, 4, 4, 3);
        physician().get("/courses/" + c + "/audit").then()
                .body("findAll { it.action == 'monitoring.labs.recorded' }", hasSize(8));
        // a bare number has no unit: refused, never read as 10^9/L
        nurse().body(Map.of("collectedAt", clock.instant().toString(), "anc", 0.4))
                .post("/courses/" + c + "/monitoring/labs").then().statusCode(400)
                .contentType("application/problem+json");
        nurse().body(Map.of("collectedAt", clock.instant().toString(), "anc", lab(-1, "10*9/L")))
                .post("/courses/" + c + "/monitoring/labs").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", is("anc.value"));
    }

    @Test
    void unitsAreConvertedBeforeGradingAndAnUnknownUnitOrImplausibleValueIsRefused() {
        long c = infused(205);
        // ANC 400 /uL = 400 x 10^-3 x 10^9/L = 0.4 x 10^9/L < 0.5: grade 4 (read as 400 x 10^9/L it would be grade 0)
        // platelets 2.4 x 10^4/uL = 2.4 x 10 = 24 x 10^9/L < 25: grade 4 (read as 2.4 x 10^9/L it would also be 4,
        //   but 5.2 x 10^4/uL = 52 x 10^9/L is grade 2, not grade 4)
        // haemoglobin 79 g/L = 7.9 g/dL < 8.0: grade 3
        expectCounts(c, lab(400, "/uL"), lab(2.4, "10*4/uL"), lab(79, "g/L"), 4, 4, 3);
        expectCounts(c, lab(1200, "/uL"), lab(5.2, "10*4/uL"), lab(105, "g/L"), 2, 2, 1);
        nurse().get("/courses/" + c + "/monitoring").then()
                .body("labs[-1].anc", is(1.2f)).body("labs[-1].platelets", is(52.0f))
                .body("labs[-1].hemoglobin", is(10.5f))
                .body("labs[-1].asEntered", allOf(containsString("anc=1200 /uL"), containsString("platelets=5.2 10*4/uL"),
                        containsString("hemoglobin=105 g/L")));
        // creatinine 88.4 umol/L / 88.4 = 1 mg/dL; potassium 4.5 meq/L = 4.5 mmol/L
        Map<String, Object> chem = new java.util.HashMap<>(labPanel(clock.instant()));
        chem.put("creatinine", lab(88.4, "umol/L"));
        chem.put("potassium", lab(4.5, "meq/L"));
        nurse().body(chem).post("/courses/" + c + "/monitoring/labs").then().statusCode(200);
        nurse().get("/courses/" + c + "/monitoring").then()
                .body("labs[-1].creatinine", is(1.0f)).body("labs[-1].potassium", is(4.5f));
        // an unknown unit names the field and the accepted units; a count per uL sent as 10^9/L is implausible
        Map<String, Object> bad = new java.util.HashMap<>(labPanel(clock.instant()));
        bad.put("anc", lab(800, "cells/uL"));
        nurse().body(bad).post("/courses/" + c + "/monitoring/labs").then().statusCode(422)
                .body("errors[0].field", is("anc.unit")).body("errors[0].message", containsString("/uL"));
        bad.put("anc", lab(800, "10*9/L"));
        nurse().body(bad).post("/courses/" + c + "/monitoring/labs").then().statusCode(422)
                .body("errors[0].field", is("anc.value")).body("errors[0].message", containsString("0-100"));
        bad.put("anc", lab(0.8, "10*9/L"));
        bad.put("creatinine", lab(80, "mg/dL"));
        nurse().body(bad).post("/courses/" + c + "/monitoring/labs").then().statusCode(422)
                .body("errors[0].field", is("creatinine.value"));
        physician().get("/courses/" + c + "/audit").then()
                .body("findAll { it.action == 'monitoring.labs.recorded' }", hasSize(3));
    }

    @Test
    void theLowerLimitOfNormalIsPerSex() {
        long c = infused(208, "FEMALE");
        // Hb 12.0 g/dL: grade 0 for a woman (site default LLN 11.6), grade 1 for a man (13.7); 11.5 is grade 1
        expectCounts(c, 2.5, 200, 12.0, 0, 0, 0);
        expectCounts(c, 2.5, 200, 11.5, 0, 0, 1);
    }

    @Test
    void dischargeNeedsEachLabFamilyAndPost5FollowUpLastsTwoYearsEvenAfterProgression() {
        long c = infused(210);
        clock.set(infusion.plus(Duration.ofDays(14)));
        assessedEveryDay(c, clock);
        recordCalmAssessment(c, clock.instant());
        physician().body(dischargeArrangements()).put("/courses/" + c + "/monitoring/discharge-record").then()
                .statusCode(200);
        nurse().body(Map.of("collectedAt", clock.instant().toString(), "anc", lab(1.2, "10*9/L"), "platelets",
                lab(90, "10*9/L"), "hemoglobin", lab(10.5, "g/dL"))).post("/courses/" + c + "/monitoring/labs").then().statusCode(200);
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
        labs.putAll(Map.of("anc", lab(anc, "10*9/L"), "platelets", lab(plt, "10*9/L")));
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

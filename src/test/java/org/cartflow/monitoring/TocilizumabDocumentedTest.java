package org.cartflow.monitoring;

import static org.cartflow.support.Api.*;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.cartflow.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * CRS-ALG / INF-3: a tocilizumab dose that was given is always documented. With no dose left in the patient's
 * stock the count goes below zero and the pharmacy is alerted; a dose under 8 h after the previous one is a
 * deviation recorded with its reason (refused only until the reason is given). The documented dose masks fever
 * for CRS grading (ASTCT 2019), which a refused record would have lost.
 */
@QuarkusTest
class TocilizumabDocumentedTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void crsAlgDoseGivenBeyondTheStockOrUnder8hIsRecordedFlaggedAndMasksFever() {
        long c = courseReadyForInfusion(clock);
        Instant infusion = LocalDate.now().plusDays(180).atTime(10, 0).atZone(TOKYO).toInstant();
        infuse(c, clock, infusion);
        transition(c, "admit-for-monitoring", nurse());
        // each dose documented as it is given (late entries: PerformedAtTest)
        clock.set(infusion.plus(Duration.ofHours(20)).plusSeconds(60));
        String path = "/courses/" + c + "/monitoring/interventions";
        pharmacist().body(Map.of("dosesOnHand", 0)).put("/courses/" + c + "/monitoring/tocilizumab-stock").then()
                .statusCode(200);
        Instant first = infusion.plus(Duration.ofHours(20));

        // given with none on hand: documented, count -1, pharmacy alert
        nurse().body(Map.of("drug", "TOCILIZUMAB", "givenAt", first.toString(), "weightKg", 60)).post(path).then()
                .statusCode(200).body("interventions", hasSize(1)).body("interventions[0].doseMg", is(480.0f))
                .body("interventions[0].givenWithoutStock", is(true)).body("tocilizumabDosesOnHand", is(-1))
                .body("alerts", hasItem(allOf(containsString("-1 doses on hand"), containsString("Pharmacy"))));

        clock.set(first.plus(Duration.ofMinutes(480)));
        // 7 h 59 min later without a reason: refused, asking for the reason; nothing written
        Map<String, Object> second = new HashMap<>(Map.of("drug", "TOCILIZUMAB",
                "givenAt", first.plus(Duration.ofMinutes(479)).toString(), "weightKg", 60));
        nurse().body(second).post(path).then().statusCode(422).body("ruleIds", contains("CRS-ALG"))
                .body("refusals[0].guard", is("TocilizumabSpacingGuard"))
                .body("refusals[0].message", containsString("deviationReason"));
        nurse().get("/courses/" + c + "/monitoring").then().body("interventions", hasSize(1));

        // with the reason: recorded as a deviation, count -2
        second.put("deviationReason", "CRS grade 3 worsening; second dose ordered by the ICU physician");
        nurse().body(second).post(path).then().statusCode(200).body("interventions", hasSize(2))
                .body("interventions[1].spacingDeviationReason", containsString("ICU physician"))
                .body("interventions[1].givenWithoutStock", is(true)).body("tocilizumabDosesOnHand", is(-2));
        physician().get("/courses/" + c + "/audit").then()
                .body("findAll { it.action == 'monitoring.intervention.recorded' }", hasSize(2))
                .body("findAll { it.action == 'monitoring.intervention.recorded' }[1].reason",
                        containsString("ICU physician"))
                .body("findAll { it.action == 'monitoring.intervention.recorded' }[1].details.spacingDeviation",
                        is(true));

        // the documented doses mask fever: hypotension without fever is still CRS grade 2
        Map<String, Object> a = new HashMap<>(calmAssessment(first.plus(Duration.ofHours(9))));
        a.put("temperatureC", 37.0);
        a.put("hypotension", true);
        clock.set(first.plus(Duration.ofHours(9)).plusSeconds(60));
        nurse().body(a).post("/courses/" + c + "/monitoring/assessments").then().statusCode(200)
                .body("assessments[-1].crsGrade", is(2));

        // ordering a thaw against missing stock stays refused elsewhere (INF-3); here the pharmacy restocks
        pharmacist().body(Map.of("dosesOnHand", 2)).put("/courses/" + c + "/monitoring/tocilizumab-stock").then()
                .statusCode(200).body("tocilizumabDosesOnHand", is(2))
                .body("alerts", not(hasItem(containsString("doses on hand"))));
    }
}

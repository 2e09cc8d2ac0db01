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
 * ASTCT 2019 consensus grading, as the consensus words it (Lee et al., Biol Blood Marrow Transplant 2019):
 * CRS-ALG: fever stops being required only "in patients who have CRS then receive antipyretic or anticytokine
 * therapy"; NEURO-ALG: ICANS "awakens spontaneously" is grade 1, an alert patient 0, and an ICE score is never
 * assumed (no ICE only for an unarousable patient or with the reason it could not be done).
 */
@QuarkusTest
class AstctGradingTest {

    @Inject
    MutableClock clock;

    private Instant infusion;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private long inpatient(int daysAhead) {
        long c = courseReadyForInfusion(clock);
        infusion = LocalDate.now().plusDays(daysAhead).atTime(10, 0).atZone(TOKYO).toInstant();
        infuse(c, clock, infusion);
        transition(c, "admit-for-monitoring", nurse());
        return c;
    }

    private Map<String, Object> at(int hoursAfterInfusion, Object... changes) {
        Instant t = infusion.plus(Duration.ofHours(hoursAfterInfusion));
        clock.set(t.plusSeconds(60));
        Map<String, Object> m = new HashMap<>(calmAssessment(t));
        for (int i = 0; i < changes.length; i += 2) {
            m.put((String) changes[i], changes[i + 1]);
        }
        return m;
    }

    private void grades(long c, Map<String, Object> assessment, int crs, int icans) {
        nurse().body(assessment).post("/courses/" + c + "/monitoring/assessments").then().statusCode(200)
                .body("assessments[-1].crsGrade", is(crs)).body("assessments[-1].icansGrade", is(icans));
    }

    private void give(long c, String drug, int hoursAfterInfusion) {
        Map<String, Object> body = new HashMap<>(Map.of("drug", drug,
                "givenAt", infusion.plus(Duration.ofHours(hoursAfterInfusion)).toString()));
        if (drug.equals("TOCILIZUMAB")) {
            body.put("weightKg", 60);
        } else {
            body.put("doseMg", drug.equals("ANTIPYRETIC") ? 500 : 10);
        }
        clock.set(infusion.plus(Duration.ofHours(hoursAfterInfusion)).plusSeconds(30));
        nurse().body(body).post("/courses/" + c + "/monitoring/interventions").then().statusCode(200);
    }

    @Test
    void crsAlgSteroidForIcansAloneDoesNotMaskFeverButAntipyreticAfterEstablishedCrsDoes() {
        long c = inpatient(190);
        // a steroid given for ICANS alone, before any CRS: later hypotension without fever is not CRS
        give(c, "CORTICOSTEROID", 4);
        grades(c, at(6, "temperatureC", 37.0, "hypotension", true), 0, 0);
        // CRS established: fever 38.6 C with hypotension = grade 2
        grades(c, at(12, "temperatureC", 38.6, "hypotension", true), 2, 0);
        // acetaminophen for that fever; afterwards hypotension needs no fever to be CRS grade 2
        give(c, "ANTIPYRETIC", 13);
        grades(c, at(16, "temperatureC", 37.1, "hypotension", true), 2, 0);
    }

    @Test
    void crsAlgAFeverAPhysicianAttributesToADocumentedInfectionIsNotCrsAndTheLaterGradesFollow() {
        long c = inpatient(195);
        grades(c, at(12, "temperatureC", 38.6), 1, 0);
        give(c, "ANTIPYRETIC", 13);
        // CRS looked established and treated, so afebrile hypotension was graded CRS 2
        grades(c, at(16, "temperatureC", 37.1, "hypotension", true), 2, 0);
        var m = nurse().get("/courses/" + c + "/monitoring").then().extract().jsonPath();
        long febrile = m.getLong("assessments[0].id");
        long afebrile = m.getLong("assessments[1].id");
        String attribution = "/courses/" + c + "/monitoring/assessments/" + febrile + "/fever-attribution";
        Map<String, Object> body = Map.of("cause", "INFECTION",
                "documentation", "blood culture of 12 h: E. coli in both sets; central line removed");
        nurse().body(body).post(attribution).then().statusCode(403);
        physician().body(Map.of("cause", "INFECTION", "documentation", " ")).post(attribution).then().statusCode(400);
        physician().body(body).post("/courses/" + c + "/monitoring/assessments/" + afebrile + "/fever-attribution")
                .then().statusCode(409);
        clock.set(infusion.plus(Duration.ofHours(18)));
        physician().body(body).post(attribution).then().statusCode(200)
                .body("assessments[0].crsGrade", is(0)).body("assessments[0].crsGradeBeforeAttribution", is(1))
                .body("assessments[0].feverAttributedTo", is("INFECTION"))
                .body("assessments[0].feverAttributionNote", containsString("E. coli"))
                .body("assessments[0].feverAttributedBy", is("dr-sato"))
                // without CRS there was nothing for the antipyretic to mask: the hypotension is not CRS either
                .body("assessments[1].crsGrade", is(0)).body("activeCrsGrade", is(0));
        physician().body(body).post(attribution).then().statusCode(409);
        physician().get("/courses/" + c + "/audit").then()
                .body("find { it.action == 'monitoring.fever.attributed' }.reason", containsString("E. coli"))
                .body("find { it.action == 'monitoring.fever.attributed' }.details.regraded.crsGradeBefore",
                        contains(1, 2));
        // a new fever is CRS again unless it too is attributed
        grades(c, at(20, "temperatureC", 38.2), 1, 0);
    }

    @Test
    void crsAlgWithoutAnyTreatmentAfebrileHypotensionIsNotGradedAsCrs() {
        long c = inpatient(191);
        grades(c, at(8, "temperatureC", 38.2), 1, 0);
        grades(c, at(12, "temperatureC", 37.0, "hypotension", true), 0, 0);
    }

    @Test
    void neuroAlgAwakensSpontaneouslyIsGrade1AndAlertIs0() {
        long c = inpatient(192);
        grades(c, at(20, "consciousness", "ALERT"), 0, 0);
        grades(c, at(21, "consciousness", "SPONTANEOUS"), 0, 1);
        grades(c, at(22, "consciousness", "TO_VOICE"), 0, 2);
    }

    @Test
    void neuroAlgMissingIceIsRefusedUnlessUnarousableOrExplained() {
        long c = inpatient(193);
        Map<String, Object> noIce = at(20);
        noIce.remove("ice");
        nurse().body(noIce).post("/courses/" + c + "/monitoring/assessments").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("ice"))
                .body("errors.find { it.field == 'ice' }.message", containsString("iceNotPerformedReason"));
        nurse().get("/courses/" + c + "/monitoring").then().body("assessments", hasSize(0));
        // an alert patient who cannot write (both hands in casts) and says why: graded on the other domains
        noIce.put("iceNotPerformedReason", "cannot write or name: both hands splinted, language barrier");
        grades(c, noIce, 0, 0);
        // unarousable: no ICE and no reason needed, ICANS 4 by consciousness
        Map<String, Object> unarousable = at(21, "consciousness", "UNAROUSABLE");
        unarousable.remove("ice");
        grades(c, unarousable, 0, 4);
    }
}

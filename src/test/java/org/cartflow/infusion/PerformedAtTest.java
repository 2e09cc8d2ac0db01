package org.cartflow.infusion;

import static org.cartflow.support.Api.*;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cartflow.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 2: a bedside or monitoring record carries the time it happened ({@code performedAt}) beside the
 * server's time of entry, and the timing rules (RATE-1, INF-11, INF-2, INF-1) judge the time it happened. Entries up
 * to 24 h back are accepted, more than 5 min ahead refused, and entries made more than 15 min after the fact need a
 * reason and are flagged as late.
 */
@QuarkusTest
class PerformedAtTest {

    @Inject
    MutableClock clock;

    private Instant t0;
    private long course;
    private long bag;
    private String code;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** A 40 mL bag, premedicated at t0, thawed at +20 min, lined and scanned by +24 (all on time). */
    private void bagReadyToStart() {
        course = courseReadyForInfusion(clock, List.of(certificateBag("PA-1", 40, 420)));
        t0 = clock.instant().plusSeconds(60);
        var view = nurse().get("/courses/" + course + "/infusion").then().extract().jsonPath();
        bag = view.getLong("bags[0].id");
        code = view.getString("bags[0].bagCode");
        at(0);
        nurse().body(premedicationBody(clock.instant())).post("/courses/" + course + "/infusion/premedication").then()
                .statusCode(201);
        step(17, "identity-check", identityBody(course, code)).statusCode(200);
        secondNurseStep(18, identityBody(course, code)).statusCode(200);
        step(19, "inspection", Map.of("intact", true)).statusCode(200);
        step(20, "thaw-start", Map.of("method", "WATER_BATH", "temperatureC", 37)).statusCode(200);
        step(23, "thaw-complete", Map.of("completelyThawed", true)).statusCode(200);
        step(24, "line-setup", Map.of("primedWithSaline", true, "leukocyteDepletingFilter", false,
                "productIrradiated", false)).statusCode(200);
        step(25, "bedside-identity-check", bedsideIdentityBody(course, code)).statusCode(200);
    }

    private void at(int minute) {
        clock.set(t0.plus(Duration.ofMinutes(minute)));
    }

    private String minute(int m) {
        return t0.plus(Duration.ofMinutes(m)).toString();
    }

    private ValidatableResponse step(int clickedAt, String step, Map<String, Object> body) {
        at(clickedAt);
        return nurse().body(body).post("/courses/" + course + "/infusion/bags/" + bag + "/" + step).then();
    }

    private ValidatableResponse secondNurseStep(int clickedAt, Map<String, Object> body) {
        at(clickedAt);
        return secondNurse().body(body).post("/courses/" + course + "/infusion/bags/" + bag + "/identity-cosign")
                .then();
    }

    private static Map<String, Object> with(Map<String, Object> body, Object... more) {
        Map<String, Object> m = new HashMap<>(body);
        for (int i = 0; i < more.length; i += 2) {
            m.put((String) more[i], more[i + 1]);
        }
        return m;
    }

    @Test
    void rate1AndInf11ClickTimesOfALateEntryWouldMakeACorrectInfusionLookTooFastAndTooLate() {
        bagReadyToStart();
        // started at +35, but the nurse presses "start" only at +55 and "end" at +58: 40 mL in 3 minutes
        step(55, "infusion-start", Map.of("pumpRateMlMin", 4)).statusCode(200);
        step(58, "infusion-end", Map.of("fullVolumeGiven", true)).statusCode(422)
                .body("ruleIds", contains("RATE-1"));
        // pressed at +85, 65 minutes after the thaw started
        step(85, "infusion-end", Map.of("fullVolumeGiven", true)).statusCode(422)
                .body("ruleIds", contains("INF-11"));
    }

    @Test
    void rate1AndInf11JudgeTheTimesTheInfusionHappenedWhenEnteredLateWithAReason() {
        bagReadyToStart();
        // the same infusion entered with the times it happened: +35 to +45, 4 mL/min, within 60 min of the thaw
        step(55, "infusion-start", Map.of("pumpRateMlMin", 4, "performedAt", minute(35),
                "lateEntryReason", "patient vomited at the start; documented after settling her")).statusCode(200)
                .body("bags[0].state", is("INFUSING"));
        step(85, "infusion-end", Map.of("fullVolumeGiven", true, "performedAt", minute(45),
                "lateEntryReason", "called to a rapid response; charted afterwards")).statusCode(200)
                .body("bags[0].rateMlMin", is(4.0f))
                .body("lateEntries.recordKind", contains("infusion.bag.infusion-start", "infusion.bag.infusion-end"))
                .body("lateEntries.delayMinutes", contains(20, 40))
                .body("lateEntries[1].performedAt", is(minute(45)))
                .body("lateEntries[1].recordedAt", is(minute(85)))
                .body("lateEntries[1].reason", containsString("rapid response"))
                .body("lateEntries[1].recordedBy", is("nurse-kim"));
        physician().get("/courses/" + course + "/audit").then()
                .body("find { it.action == 'infusion.bag.infusion-end' }.details.performedAt", is(minute(45)))
                .body("find { it.action == 'infusion.bag.infusion-end' }.details.lateByMinutes", is(40))
                .body("find { it.action == 'infusion.bag.infusion-end' }.details.lateEntryReason",
                        containsString("rapid response"));
        step(86, "back-prime", Map.of("salineMl", 30)).statusCode(200);
        step(87, "disposal", Map.of("asInfectiousWaste", true)).statusCode(200);
        at(88);
        nurse().body(Map.of("transition", "record-infusion")).post("/courses/" + course + "/transitions").then()
                .statusCode(200).body("state", is("INFUSED"));
        nurse().get("/courses/" + course + "/infusion").then().body("deviations", empty());
    }

    @Test
    void inf2ThePremedicationWindowIsJudgedAtTheStartAsItHappened() {
        bagReadyToStart();
        // entered at +70 (beyond the 30-60 minute window) for a start that happened at +40
        step(70, "infusion-start", Map.of("pumpRateMlMin", 4, "performedAt", minute(25), "lateEntryReason",
                "charted late")).statusCode(422).body("ruleIds", contains("INF-2"));
        step(70, "infusion-start", Map.of("pumpRateMlMin", 4, "performedAt", minute(40), "lateEntryReason",
                "charted late")).statusCode(200);
    }

    @Test
    void anEntryIsRefusedInTheFutureTooLongAgoBeforeThePreviousStepOrLateWithoutAReason() {
        bagReadyToStart();
        String start = "/courses/" + course + "/infusion/bags/" + bag + "/infusion-start";
        at(36);
        nurse().body(Map.of("pumpRateMlMin", 4, "performedAt", minute(42))).post(start).then().statusCode(422)
                .body("errors[0].field", is("performedAt")).body("errors[0].message", containsString("ahead"));
        nurse().body(Map.of("pumpRateMlMin", 4, "performedAt", t0.minus(Duration.ofHours(25)).toString()))
                .post(start).then().statusCode(422).body("errors[0].field", is("performedAt"))
                .body("errors[0].message", containsString("24 hours"));
        nurse().body(Map.of("pumpRateMlMin", 4, "performedAt", minute(24), "lateEntryReason", "late"))
                .post(start).then().statusCode(422).body("errors[0].field", is("performedAt"))
                .body("errors[0].message", containsString("previous step"));
        at(52);
        nurse().body(Map.of("pumpRateMlMin", 4, "performedAt", minute(36))).post(start).then().statusCode(422)
                .body("errors[0].field", is("lateEntryReason")).body("errors[0].message", containsString("16 minutes"));
        nurse().get("/courses/" + course + "/infusion").then().body("bags[0].state", is("THAWING"))
                .body("lateEntries", empty());
        // 15 minutes after the fact is not yet late; a clock a few minutes ahead is tolerated
        at(51);
        nurse().body(Map.of("pumpRateMlMin", 4, "performedAt", minute(36))).post(start).then().statusCode(200);
        step(51, "infusion-end", with(Map.of("fullVolumeGiven", true), "performedAt", minute(55))).statusCode(200);
        nurse().get("/courses/" + course + "/infusion").then().body("lateEntries", empty());
    }

    @Test
    void delay2TheSameDayCheckIsTimedByWhenItWasDone() {
        course = courseReadyForInfusion(clock);
        t0 = clock.instant();
        at(30);
        Map<String, Object> check = with(readinessBody(), "performedAt", minute(5));
        String readiness = "/courses/" + course + "/infusion/readiness";
        nurse().body(check).post(readiness).then().statusCode(422).body("errors[0].field", is("lateEntryReason"));
        nurse().body(with(check, "lateEntryReason", "checked on the morning round, entered after handover"))
                .post(readiness).then().statusCode(201)
                .body("readiness.performedAt", is(minute(5))).body("readiness.recordedAt", is(minute(30)))
                .body("readiness.today", is(true))
                .body("lateEntries.recordKind", contains("infusion.readiness.recorded"));
    }

    @Test
    void monitoringAssessmentsAndTocilizumabDosesEnteredLateNeedAReasonAndAreListed() {
        course = courseReadyForInfusion(clock);
        t0 = clock.instant().plusSeconds(60);
        infuse(course, clock, t0.plus(Duration.ofMinutes(100)));
        transition(course, "admit-for-monitoring", nurse());
        at(400);
        String assessments = "/courses/" + course + "/monitoring/assessments";
        nurse().body(calmAssessment(t0.plus(Duration.ofMinutes(340)))).post(assessments).then().statusCode(422)
                .body("errors[0].field", is("lateEntryReason"));
        nurse().body(with(calmAssessment(t0.plus(Duration.ofMinutes(340))), "lateEntryReason",
                "paper chart during the network outage")).post(assessments).then().statusCode(200)
                .body("assessments[0].recordedAt", is(minute(400)))
                .body("lateEntries[0].recordKind", is("monitoring.assessment.recorded"))
                .body("lateEntries[0].delayMinutes", is(60));
        nurse().body(calmAssessment(t0.plus(Duration.ofMinutes(410)))).post(assessments).then().statusCode(422)
                .body("errors[0].field", is("assessedAt"));
        nurse().body(calmAssessment(t0.plus(Duration.ofMinutes(395)))).post(assessments).then().statusCode(200)
                .body("lateEntries", hasSize(1));

        pharmacist().body(Map.of("dosesOnHand", 2)).put("/courses/" + course + "/monitoring/tocilizumab-stock").then()
                .statusCode(200);
        String doses = "/courses/" + course + "/monitoring/interventions";
        Map<String, Object> dose = Map.of("drug", "TOCILIZUMAB", "givenAt", minute(370), "weightKg", 60);
        physician().body(dose).post(doses).then().statusCode(422).body("errors[0].field", is("lateEntryReason"));
        physician().body(with(dose, "lateEntryReason", "given in the emergency; charted after the patient settled"))
                .post(doses).then().statusCode(200).body("interventions[0].recordedAt", is(minute(400)))
                .body("lateEntries.recordKind", hasItem("monitoring.intervention.recorded"));
    }
}

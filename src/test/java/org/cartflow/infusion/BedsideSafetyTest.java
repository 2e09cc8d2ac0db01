package org.cartflow.infusion;

import static org.cartflow.infusion.BedsideTimingTest.at;
import static org.cartflow.infusion.BedsideTimingTest.step;
import static org.cartflow.infusion.BedsideTimingTest.view;
import static org.cartflow.support.Api.*;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
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
 * What must stop a bedside step: a wrong patient (INF-4, INF-9), one person signing twice, a damaged bag (INF-5),
 * a bag past 60 minutes (INF-11), an infection on the day (DELAY-2), no tocilizumab (INF-3), premedication out of
 * time or with a corticosteroid (INF-1, INF-2), a wrong thaw or line (INF-7, INF-8, INF-10), and steps out of order.
 */
@QuarkusTest
class BedsideSafetyTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private void clockAt(Instant base, long minutes) {
        clock.set(base.plus(Duration.ofMinutes(minutes)));
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> m = new HashMap<>(body);
        m.put(key, value);
        return m;
    }

    private static void premedicate(long course, Map<String, Object> body, int status) {
        nurse().body(body).post("/courses/" + course + "/infusion/premedication").then().statusCode(status);
    }

    @Test
    void wrongPatientDamagedBagAndTheSixtyMinuteDeviation() {
        long course = courseReadyForInfusion(clock, List.of(certificateBag("BAG-1", 40, 150),
                certificateBag("BAG-2", 40, 150), certificateBag("BAG-3", 40, 150)));
        Instant p = at(7, 9);
        clockAt(p, -60);
        postponedIfAfterDayZero(course);
        Map<String, Object> infected = with(readinessBody(), "activeInfection", true);
        nurse().body(infected).post("/courses/" + course + "/infusion/readiness").then().statusCode(201)
                .body("readiness.clear", is(false)).body("readiness.today", is(true));
        clockAt(p, 0);
        premedicate(course, premedicationBody(p), 201);
        JsonPath v = view(course);
        long bag1 = v.getLong("bags[0].id");
        long bag2 = v.getLong("bags[1].id");
        long bag3 = v.getLong("bags[2].id");
        Map<String, Object> ids = patientIdentifiers(course);

        // INF-4: a cassette of another patient, and a bag code of another bag, are refused and kept as incidents
        Map<String, Object> wrongCassette = Map.of("entry", "SCANNED", "bagCode", "BAG-1", "cassette",
                with(ids, "mrn", "MRN-SOMEONE"), "bag", ids);
        step(nurse(), course, bag1, "identity-check", wrongCassette).statusCode(422)
                .body("ruleIds", contains("INF-4")).body("refusals[0].message", containsString("STOP"));
        step(nurse().header("Accept-Language", "ja"), course, bag1, "identity-check", identityBody(course, "BAG-2"))
                .statusCode(422).body("ruleIds", contains("INF-4"))
                .body("type", is("urn:cartflow:problem:identity-mismatch"))
                .body("title", is("本人確認の不一致: 中止してください"))
                .body("refusals[0].message", containsString("中止: このバッグを解凍・投与しないでください"));
        nurse().get("/courses/" + course + "/infusion").then().body("incidents", hasSize(2))
                .body("incidents[0].ruleId", is("INF-4")).body("incidents[0].recordedBy", is("nurse-kim"))
                .body("incidents[0].mismatches", containsString("MRN-SOMEONE"))
                .body("bags[0].done", empty());
        physician().get("/courses/" + course + "/audit").then()
                .body("findAll { it.action == 'infusion.identity.mismatch' }", hasSize(2));
        // roles and order
        step(pharmacist(), course, bag1, "identity-check", identityBody(course, "BAG-1")).statusCode(403);
        step(coordinator(), course, bag1, "identity-check", identityBody(course, "BAG-1")).statusCode(403);
        step(nurse(), course, bag1, "thaw-start", Map.of("method", "WATER_BATH", "temperatureC", 37)).statusCode(422)
                .body("ruleIds", contains("INF-4")).body("refusals[0].message", containsString("'identity-check'"));
        Map<String, Object> typed = with(identityBody(course, "BAG-1"), "entry", "TYPED");
        step(nurse(), course, bag1, "identity-check", typed).statusCode(200);
        step(nurse(), course, bag1, "identity-check", typed).statusCode(409);
        // two-person check: the same nurse cannot co-sign; a physician can
        step(nurse(), course, bag1, "identity-cosign", typed).statusCode(403).body("ruleIds", contains("INF-4"));
        step(physician(), course, bag1, "identity-cosign", typed).statusCode(200);
        // INF-5: a leaking bag is quarantined for good; only a physician documents it as not infusable
        step(nurse(), course, bag1, "inspection", Map.of("intact", false)).statusCode(422)
                .body("errors[0].field", is("finding"));
        step(nurse(), course, bag1, "inspection", Map.of("intact", false, "finding", "leak at the spike port"))
                .statusCode(200).body("bags[0].state", is("QUARANTINED")).body("bags[0].neverInfusable", is(true))
                .body("bags[0].nextStep", is("not-infusable")).body("bags[0].nextStepRuleId", is("INF-5"));
        step(nurse(), course, bag1, "thaw-start", Map.of("method", "WATER_BATH", "temperatureC", 37)).statusCode(422)
                .body("ruleIds", contains("INF-5"));
        step(nurse(), course, bag1, "not-infusable", Map.of("reason", "leak")).statusCode(403);
        step(physician(), course, bag1, "not-infusable", Map.of("reason", "leak at the spike port; manufacturer told"))
                .statusCode(200).body("bags[0].state", is("DISCARDED")).body("bags[0].notInfusableRule", is("INF-5"))
                .body("bags[0].nextStep", is("disposal"));

        // bag 2: DELAY-2 then INF-3 stop the thaw until they are resolved
        clockAt(p, 5);
        step(nurse(), course, bag2, "identity-check", identityBody(course, "BAG-2")).statusCode(200);
        step(secondNurse(), course, bag2, "identity-cosign", identityBody(course, "BAG-2")).statusCode(200);
        step(nurse(), course, bag2, "inspection", Map.of("intact", true)).statusCode(200);
        clockAt(p, 10);
        Map<String, Object> thaw = Map.of("method", "WATER_BATH", "temperatureC", 37);
        step(nurse(), course, bag2, "thaw-start", thaw).statusCode(422).body("ruleIds", contains("DELAY-2"))
                .body("refusals[0].guard", is("SameDayClinicalCheckGuard"));
        recordReadiness(course, physician());
        pharmacist().body(Map.of("dosesOnHand", 0)).put("/courses/" + course + "/monitoring/tocilizumab-stock").then()
                .statusCode(200);
        step(nurse(), course, bag2, "thaw-start", thaw).statusCode(422).body("ruleIds", contains("INF-3"));
        pharmacist().body(Map.of("dosesOnHand", 2)).put("/courses/" + course + "/monitoring/tocilizumab-stock").then()
                .statusCode(200);
        // INF-7: about 37 C
        step(nurse(), course, bag2, "thaw-start", Map.of("method", "WATER_BATH", "temperatureC", 40)).statusCode(422)
                .body("ruleIds", contains("INF-7"));
        step(nurse(), course, bag2, "thaw-start", thaw).statusCode(200).body("bags[1].state", is("THAWING"));
        step(nurse(), course, bag2, "thaw-complete", Map.of("completelyThawed", false)).statusCode(422)
                .body("ruleIds", contains("INF-7"));
        // INF-11: 61 minutes after the thaw started nothing more is done; the physician documents the deviation
        clockAt(p, 71);
        step(nurse(), course, bag2, "thaw-complete", Map.of("completelyThawed", true)).statusCode(422)
                .body("ruleIds", contains("INF-11"));
        step(physician(), course, bag2, "not-infusable", Map.of("reason", "pump failure; past 60 minutes from thaw"))
                .statusCode(200).body("bags[1].state", is("DISCARDED")).body("bags[1].notInfusableRule", is("INF-11"));
        nurse().body(Map.of("transition", "record-infusion")).post("/courses/" + course + "/transitions").then()
                .statusCode(422).body("ruleIds", hasItem("INF-12"))
                .body("refusals.message", hasItem(containsString("No bag of this product has been infused")));

        // bag 3: the first premedication is too old (INF-1); a corticosteroid blocks (INF-2) unless an emergency
        step(nurse(), course, bag3, "identity-check", identityBody(course, "BAG-3")).statusCode(200);
        step(secondNurse(), course, bag3, "identity-cosign", identityBody(course, "BAG-3")).statusCode(200);
        step(nurse(), course, bag3, "inspection", Map.of("intact", true)).statusCode(200);
        step(nurse(), course, bag3, "thaw-start", thaw).statusCode(422).body("ruleIds", contains("INF-1"))
                .body("refusals[0].message", containsString("had to start by"));
        clockAt(p, 72);
        premedicate(course, with(premedicationBody(clock.instant()), "corticosteroid", "dexamethasone 10 mg"), 201);
        step(nurse(), course, bag3, "thaw-start", thaw).statusCode(422).body("ruleIds", contains("INF-2"))
                .body("refusals[0].message", containsString("dexamethasone"));
        clockAt(p, 73);
        Map<String, Object> emergency = new HashMap<>(premedicationBody(clock.instant()));
        emergency.put("corticosteroid", "hydrocortisone 100 mg");
        emergency.put("corticosteroidLifeThreateningEmergency", true);
        premedicate(course, emergency, 422);
        emergency.put("corticosteroidReason", "bronchospasm after premedication; anaphylaxis protocol");
        premedicate(course, emergency, 201);
        clockAt(p, 75);
        step(nurse(), course, bag3, "thaw-start", thaw).statusCode(200);
        clockAt(p, 78);
        step(nurse(), course, bag3, "thaw-complete", Map.of("completelyThawed", true)).statusCode(200);
        // INF-8, INF-10: the line
        clockAt(p, 80);
        step(nurse(), course, bag3, "line-setup", Map.of("primedWithSaline", true, "leukocyteDepletingFilter", true,
                "productIrradiated", false)).statusCode(422).body("ruleIds", contains("INF-8"));
        step(nurse(), course, bag3, "line-setup", Map.of("primedWithSaline", false, "leukocyteDepletingFilter", false,
                "productIrradiated", false)).statusCode(422).body("ruleIds", contains("INF-10"));
        step(nurse(), course, bag3, "line-setup", Map.of("primedWithSaline", true, "leukocyteDepletingFilter", false,
                "productIrradiated", false)).statusCode(200);
        // INF-9: at the bedside by scan only, and the wristband must be this patient's
        Map<String, Object> bedside = bedsideIdentityBody(course, "BAG-3");
        step(nurse(), course, bag3, "bedside-identity-check", with(bedside, "entry", "TYPED")).statusCode(422)
                .body("ruleIds", contains("INF-9"));
        step(nurse(), course, bag3, "bedside-identity-check", with(bedside, "wristband",
                with(ids, "birthDate", "1961-04-03"))).statusCode(422).body("ruleIds", contains("INF-9"))
                .body("refusals[0].message", containsString("Wristband birth date"));
        step(nurse(), course, bag3, "bedside-identity-check", bedside).statusCode(200);
        clockAt(p, 103);
        step(nurse(), course, bag3, "infusion-start", Map.of("pumpRateMlMin", 8)).statusCode(200);
        clockAt(p, 108);
        step(nurse(), course, bag3, "infusion-end", Map.of("fullVolumeGiven", true)).statusCode(200)
                .body("bags[2].rateMlMin", is(8.0f));
        step(nurse(), course, bag3, "back-prime", Map.of("salineMl", 25)).statusCode(200);
        // INF-13: every used or discarded bag is disposed of as infectious waste
        nurse().body(Map.of("transition", "record-infusion")).post("/courses/" + course + "/transitions").then()
                .statusCode(422).body("ruleIds", contains("INF-13")).body("refusals", hasSize(3));
        for (long bag : List.of(bag1, bag2, bag3)) {
            step(nurse(), course, bag, "disposal", Map.of("asInfectiousWaste", true)).statusCode(200);
        }
        transition(course, "record-infusion", nurse());
        nurse().get("/courses/" + course + "/infusion").then().body("incidents", hasSize(3))
                .body("incidents.ruleId", contains("INF-4", "INF-4", "INF-9"))
                .body("bags.state", contains("DISCARDED", "DISCARDED", "INFUSED"));
        physician().get("/courses/" + course + "/audit").then()
                .body("findAll { it.action == 'infusion.bag.not-infusable' }.reason",
                        hasItems(containsString("spike port"), containsString("pump failure")))
                .body("find { it.action == 'infusion.premedication.recorded' && it.reason != null }.reason",
                        containsString("bronchospasm"));
    }

    @Test
    void confirmingReadinessNeedsTodaysCheckEmergencyMeasuresAndTocilizumab() {
        long course = courseAfterLd(clock, List.of(certificateBag("BAG-1", 40, 225), certificateBag("BAG-2", 40, 225)));
        clock.set(plannedDayZero(course).atTime(8, 0).atZone(TOKYO).toInstant());
        nurse().body(Map.of("transition", "confirm-infusion-ready")).post("/courses/" + course + "/transitions").then()
                .statusCode(422).body("ruleIds", hasItems("DELAY-1", "INF-2", "INF-3"));
        Map<String, Object> unwell = with(with(readinessBody(), "seriousAdverseEventCardiac", true),
                "emergencyMeasuresReady", false);
        coordinator().body(unwell).post("/courses/" + course + "/infusion/readiness").then().statusCode(403);
        pharmacist().body(unwell).post("/courses/" + course + "/infusion/readiness").then().statusCode(403);
        nurse().body(with(unwell, "spo2", 101)).post("/courses/" + course + "/infusion/readiness").then()
                .statusCode(400);
        nurse().body(unwell).post("/courses/" + course + "/infusion/readiness").then().statusCode(201);
        nurse().body(Map.of("transition", "confirm-infusion-ready")).post("/courses/" + course + "/transitions").then()
                .statusCode(422).body("ruleIds", hasItems("DELAY-1", "INF-2", "INF-3"))
                .body("refusals.find { it.ruleId == 'DELAY-1' }.message", containsString("cardiac"));
        // premedication is for the infusion day, once the course is confirmed ready
        premedicate(course, premedicationBody(clock.instant()), 409);
        readyForInfusionDay(course);
        transition(course, "confirm-infusion-ready", nurse());
        // INF-2: both drugs are required
        Map<String, Object> noH1 = Map.of("givenAt", clock.instant().toString(), "acetaminophenMg", 650);
        premedicate(course, noH1, 422);
        nurse().body(noH1).post("/courses/" + course + "/infusion/premedication").then()
                .body("ruleIds", contains("INF-2")).body("refusals[0].message", containsString("antihistamine"));
        pharmacist().body(premedicationBody(clock.instant())).post("/courses/" + course + "/infusion/premedication")
                .then().statusCode(403);
        premedicate(course, premedicationBody(clock.instant().plus(Duration.ofHours(1))), 422);
        Instant p = clock.instant();
        premedicate(course, premedicationBody(p), 201);
        JsonPath v = view(course);
        long bag1 = v.getLong("bags[0].id");
        long bag2 = v.getLong("bags[1].id");
        // INF-7: a refrozen bag, INF-8: an irradiated one, are never infused
        checkInspectAndThaw(course, bag1, "BAG-1", p.plus(Duration.ofMinutes(10)), clock);
        // thaw-complete was recorded by the fixture; a refrozen second bag is reported at its own thaw-complete
        clockAt(p, 14);
        step(nurse(), course, bag1, "line-setup", Map.of("primedWithSaline", true, "leukocyteDepletingFilter", false,
                "productIrradiated", true)).statusCode(200).body("bags[0].state", is("QUARANTINED"))
                .body("bags[0].notInfusableRule", is("INF-8"));
        step(physician(), course, bag1, "not-infusable", Map.of("reason", "irradiated in error by blood bank"))
                .statusCode(200);
        clockAt(p, 15);
        step(nurse(), course, bag2, "identity-check", identityBody(course, "BAG-2")).statusCode(200);
        step(secondNurse(), course, bag2, "identity-cosign", identityBody(course, "BAG-2")).statusCode(200);
        step(nurse(), course, bag2, "inspection", Map.of("intact", true)).statusCode(200);
        step(nurse(), course, bag2, "thaw-start", Map.of("method", "WATER_BATH", "temperatureC", 36)).statusCode(200);
        clockAt(p, 18);
        step(nurse(), course, bag2, "thaw-complete", Map.of("completelyThawed", true, "prohibitedHandling",
                List.of("REFROZEN"))).statusCode(200).body("bags[1].state", is("QUARANTINED"))
                .body("bags[1].neverInfusable", is(true)).body("bags[1].notInfusableRule", is("INF-7"));
        step(nurse(), course, bag2, "line-setup", Map.of("primedWithSaline", true, "leukocyteDepletingFilter", false,
                "productIrradiated", false)).statusCode(422).body("ruleIds", contains("INF-7"));
        step(physician(), course, bag2, "not-infusable", Map.of("reason", "refrozen after thaw")).statusCode(200);
        nurse().body(Map.of("transition", "record-infusion")).post("/courses/" + course + "/transitions").then()
                .statusCode(422).body("ruleIds", hasItems("INF-12", "INF-13"));
    }

    @Test
    void aHypersensitivityFoundAfterScreeningStopsTheInfusionDay() {
        long course = courseAfterLd(clock, null);
        clock.set(plannedDayZero(course).atTime(8, 0).atZone(TOKYO).toInstant());
        readyForInfusionDay(course);
        String allergy = "/courses/" + course + "/eligibility/hypersensitivity";
        Map<String, Object> dmso = Map.of("dmso", true, "humanSerumAlbumin", false, "electrolyteSolution", false);
        Map<String, Object> none = Map.of("dmso", false, "humanSerumAlbumin", false, "electrolyteSolution", false);
        nurse().body(dmso).put(allergy).then().statusCode(403);
        physician().body(dmso).put(allergy).then().statusCode(200);
        // HYPERSENS-1: a DMSO reaction reported by another hospital after eligibility stops the infusion day
        nurse().body(Map.of("transition", "confirm-infusion-ready")).post("/courses/" + course + "/transitions").then()
                .statusCode(422).body("ruleIds", contains("HYPERSENS-1"))
                .body("refusals[0].message", containsString("DMSO"));
        physician().body(none).put(allergy).then().statusCode(200);
        transition(course, "confirm-infusion-ready", nurse());
        Instant p = at(5, 9); // day 0: LD days -5..-3 were today..today+2
        clockAt(p, -30);
        recordReadiness(course, nurse());
        clockAt(p, 0);
        premedicate(course, premedicationBody(p), 201);
        long bag = view(course).getLong("bags[0].id");
        String code = view(course).getString("bags[0].bagCode");
        step(nurse(), course, bag, "identity-check", identityBody(course, code)).statusCode(200);
        step(secondNurse(), course, bag, "identity-cosign", identityBody(course, code)).statusCode(200);
        step(nurse(), course, bag, "inspection", Map.of("intact", true)).statusCode(200);
        // ... and, found on the infusion day itself, the thaw
        coordinator().body(dmso).put(allergy).then().statusCode(200);
        Map<String, Object> thaw = Map.of("method", "WATER_BATH", "temperatureC", 37);
        step(nurse(), course, bag, "thaw-start", thaw).statusCode(422).body("ruleIds", contains("HYPERSENS-1"));
        nurse().get("/courses/" + course + "/infusion").then().body("bags[0].state", is("STORED"));
        physician().body(none).put(allergy).then().statusCode(200);
        step(nurse(), course, bag, "thaw-start", thaw).statusCode(200);
        physician().get("/courses/" + course + "/audit").then()
                .body("findAll { it.action == 'eligibility.hypersensitivity.recorded' }.actorRole",
                        hasItems("physician", "coordinator"));
    }
}

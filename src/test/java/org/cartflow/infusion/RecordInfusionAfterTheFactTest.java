package org.cartflow.infusion;

import static org.cartflow.support.Api.*;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cartflow.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * record-infusion documents what already happened at the bedside. Each bag is judged by its own records, in the
 * order the bags were actually thawed (INF-6: the next bag not thawed until the previous one's infusion is
 * complete), and by the premedication given before it (INF-1, INF-2); a rule found broken after the fact opens a
 * deviation for a physician's review and never leaves the course stuck before day 0.
 */
@QuarkusTest
class RecordInfusionAfterTheFactTest {

    private static final String PURPOSE = "PMDA all-case surveillance, test report";

    @Inject
    org.cartflow.surveillance.SurveillanceService surveillance;

    @Inject
    MutableClock clock;

    private Instant t0;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private io.restassured.response.ValidatableResponse step(RequestSpecification as, long course, long bag,
            String step, int minute, Map<String, Object> body) {
        clock.set(t0.plus(Duration.ofMinutes(minute)));
        return as.body(body).post("/courses/" + course + "/infusion/bags/" + bag + "/" + step).then();
    }

    /** The label's steps a-i for one bag: thaw at {@code thaw}, infusion {@code start}..{@code end} (minutes). */
    private void infuseBag(long course, long bag, String code, int thaw, int start, int end) {
        step(nurse(), course, bag, "identity-check", thaw - 3, identityBody(course, code)).statusCode(200);
        step(secondNurse(), course, bag, "identity-cosign", thaw - 2, identityBody(course, code)).statusCode(200);
        step(nurse(), course, bag, "inspection", thaw - 1, Map.of("intact", true)).statusCode(200);
        step(nurse(), course, bag, "thaw-start", thaw, Map.of("method", "WATER_BATH", "temperatureC", 37))
                .statusCode(200);
        step(nurse(), course, bag, "thaw-complete", thaw + 3, Map.of("completelyThawed", true)).statusCode(200);
        step(nurse(), course, bag, "line-setup", thaw + 4, Map.of("primedWithSaline", true,
                "leukocyteDepletingFilter", false, "productIrradiated", false)).statusCode(200);
        step(nurse(), course, bag, "bedside-identity-check", thaw + 5, bedsideIdentityBody(course, code))
                .statusCode(200);
        step(nurse(), course, bag, "infusion-start", start, Map.of("pumpRateMlMin", 5)).statusCode(200);
        step(nurse(), course, bag, "infusion-end", end, Map.of("fullVolumeGiven", true)).statusCode(200);
        step(nurse(), course, bag, "back-prime", end + 1, Map.of("salineMl", 30)).statusCode(200);
        step(nurse(), course, bag, "disposal", end + 2, Map.of("asInfectiousWaste", true)).statusCode(200);
    }

    private void premedication(long course, int minute) {
        clock.set(t0.plus(Duration.ofMinutes(minute)));
        nurse().body(premedicationBody(clock.instant())).post("/courses/" + course + "/infusion/premedication").then()
                .statusCode(201);
    }

    @Test
    void inf6BagsInfusedOutOfCertificateOrderAreRecordedWithADeviationAPhysicianReviews() {
        long course = courseReadyForInfusion(clock, List.of(certificateBag("OO-1", 40, 210),
                certificateBag("OO-2", 40, 210)));
        t0 = clock.instant().plusSeconds(60);
        var bags = nurse().get("/courses/" + course + "/infusion").then().extract().jsonPath();
        long bag1 = bags.getLong("bags.find { it.position == 1 }.id");
        long bag2 = bags.getLong("bags.find { it.position == 2 }.id");
        premedication(course, 0);
        // bag 2 first (30-60 min after premedication), then bag 1 once bag 2's infusion is complete
        infuseBag(course, bag2, "OO-2", 5, 35, 45);
        infuseBag(course, bag1, "OO-1", 50, 56, 66);

        clock.set(t0.plus(Duration.ofMinutes(70)));
        nurse().body(Map.of("transition", "record-infusion")).post("/courses/" + course + "/transitions").then()
                .statusCode(200).body("state", is("INFUSED")).body("dayNumber", is(0));
        nurse().get("/courses/" + course + "/infusion").then().statusCode(200)
                .body("deviations", hasSize(1)).body("deviations[0].ruleId", is("INF-6"))
                .body("deviations[0].step", is("record-infusion")).body("deviations[0].open", is(true))
                .body("deviations[0].message", allOf(containsString("OO-2"), containsString("OO-1")));
        physician().get("/courses/" + course + "/audit").then()
                .body("find { it.action == 'transition.record-infusion' }.details.deviations[0].ruleId", is("INF-6"));

        // the course is monitorable at once
        transition(course, "admit-for-monitoring", nurse());
        clock.set(t0.plus(Duration.ofMinutes(180)));
        recordCalmAssessment(course, clock.instant());

        long deviation = nurse().get("/courses/" + course + "/infusion").then().extract().jsonPath()
                .getLong("deviations[0].id");
        String review = "/courses/" + course + "/infusion/deviations/" + deviation + "/review";
        nurse().body(Map.of("note", "x")).post(review).then().statusCode(403);
        physician().body(Map.of("note", "")).post(review).then().statusCode(400);
        physician().body(Map.of("note", "bag 2 was hung first at the bedside; both bags given in full, no harm"))
                .post(review).then().statusCode(200).body("deviations[0].open", is(false))
                .body("deviations[0].reviewedBy", is("dr-sato")).body("deviations[0].reviewNote", containsString("no harm"));
        physician().body(Map.of("note", "again")).post(review).then().statusCode(409);
        physician().get("/courses/" + course + "/audit").then()
                .body("find { it.action == 'infusion.deviation.reviewed' }.reason", containsString("no harm"));
    }

    @Test
    void inf1PremedicationRepeatedAfterTheThawDoesNotMakeTheEarlierThawEarly() {
        long course = courseReadyForInfusion(clock);
        t0 = clock.instant().plusSeconds(60);
        var view = nurse().get("/courses/" + course + "/infusion").then().extract().jsonPath();
        long bag = view.getLong("bags[0].id");
        String code = view.getString("bags[0].bagCode");
        premedication(course, 0);
        // thawed at +10 min; the infusion is delayed, so premedication is given again at +25 (window +55..+85)
        step(nurse(), course, bag, "identity-check", 7, identityBody(course, code)).statusCode(200);
        step(secondNurse(), course, bag, "identity-cosign", 8, identityBody(course, code)).statusCode(200);
        step(nurse(), course, bag, "inspection", 9, Map.of("intact", true)).statusCode(200);
        step(nurse(), course, bag, "thaw-start", 10, Map.of("method", "WATER_BATH", "temperatureC", 37))
                .statusCode(200);
        step(nurse(), course, bag, "thaw-complete", 13, Map.of("completelyThawed", true)).statusCode(200);
        premedication(course, 25);
        step(nurse(), course, bag, "line-setup", 50, Map.of("primedWithSaline", true,
                "leukocyteDepletingFilter", false, "productIrradiated", false)).statusCode(200);
        step(nurse(), course, bag, "bedside-identity-check", 52, bedsideIdentityBody(course, code)).statusCode(200);
        step(nurse(), course, bag, "infusion-start", 56, Map.of("pumpRateMlMin", 5)).statusCode(200);
        step(nurse(), course, bag, "infusion-end", 66, Map.of("fullVolumeGiven", true)).statusCode(200);
        step(nurse(), course, bag, "back-prime", 67, Map.of("salineMl", 30)).statusCode(200);
        step(nurse(), course, bag, "disposal", 68, Map.of("asInfectiousWaste", true)).statusCode(200);

        clock.set(t0.plus(Duration.ofMinutes(70)));
        nurse().body(Map.of("transition", "record-infusion")).post("/courses/" + course + "/transitions").then()
                .statusCode(200).body("state", is("INFUSED"));
        nurse().get("/courses/" + course + "/infusion").then().body("deviations", empty());
        transition(course, "admit-for-monitoring", nurse());
        clock.set(t0.plus(Duration.ofMinutes(120)));
        recordCalmAssessment(course, clock.instant());
        nurse().get("/courses/" + course + "/monitoring").then().body("assessments", hasSize(1));
    }

    @Test
    void dose1ADoseBelowTheLabelRangeIsRecordedWithTheInfusionAcknowledgedAndReported() {
        long course = courseReadyForInfusion(clock, List.of(certificateBag("DS-1", 40, 150),
                certificateBag("DS-2", 40, 150)));
        t0 = clock.instant().plusSeconds(60);
        var bags = nurse().get("/courses/" + course + "/infusion").then().extract().jsonPath();
        long bag1 = bags.getLong("bags.find { it.position == 1 }.id");
        long bag2 = bags.getLong("bags.find { it.position == 2 }.id");
        premedication(course, 0);
        infuseBag(course, bag1, "DS-1", 5, 35, 45);
        // bag 2 cannot be given: the patient received 150 x 10^6, below 280-540 x 10^6
        clock.set(t0.plus(Duration.ofMinutes(50)));
        physician().body(Map.of("reason", "bag cracked on inspection")).post("/courses/" + course + "/infusion/bags/"
                + bag2 + "/not-infusable").then().statusCode(200);
        step(nurse(), course, bag2, "disposal", 51, Map.of("asInfectiousWaste", true)).statusCode(200);

        clock.set(t0.plus(Duration.ofMinutes(55)));
        nurse().body(Map.of("transition", "record-infusion")).post("/courses/" + course + "/transitions").then()
                .statusCode(200).body("state", is("INFUSED")).body("infusedDoseMillions", is(150.0f));
        nurse().get("/courses/" + course + "/infusion").then()
                .body("deviations.ruleId", contains("DOSE-1"))
                .body("deviations[0].message", allOf(containsString("150"), containsString("280-540")));
        physician().get("/courses/" + course + "/audit").then()
                .body("find { it.action == 'transition.record-infusion' }.details.infusedDoseMillions", is(150.0f));
        pharmacist().get("/surveillance/export?purpose=" + PURPOSE).then().statusCode(200)
                .body("find { it.caseId == '" + surveillance.caseId(course) + "' }.infusedDoseMillions", is(150.0f))
                .body("find { it.caseId == '" + surveillance.caseId(course) + "' }.doseBelowLabelRange", is(true));
        long deviation = nurse().get("/courses/" + course + "/infusion").then().extract().jsonPath()
                .getLong("deviations[0].id");
        physician().body(Map.of("note", "acknowledged: 150 x 10^6 given; manufacturer informed; monitor response"))
                .post("/courses/" + course + "/infusion/deviations/" + deviation + "/review").then().statusCode(200)
                .body("deviations[0].open", is(false));
    }

    @Test
    void dose1AFullDoseIsRecordedWithoutADeviation() {
        long course = courseReadyForInfusion(clock);
        t0 = clock.instant().plusSeconds(60);
        infuse(course, clock, t0.plus(Duration.ofMinutes(100)));
        nurse().get("/courses/" + course).then().body("infusedDoseMillions", is(420.0f));
        nurse().get("/courses/" + course + "/infusion").then().body("deviations", empty());
    }
}

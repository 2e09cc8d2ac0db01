package org.cartflow.infusion;

import static org.cartflow.support.Api.*;
import static org.hamcrest.Matchers.*;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cartflow.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The bedside clock rules on real requests: premedication 30-60 minutes before the first bag (INF-2), end within 60
 * minutes of thaw start (INF-11), at most 10 mL/min (RATE-1), one bag at a time (INF-6), every bag (INF-12), and
 * never again (NOREUSE-1). The app's clock is moved by the test; nothing sleeps.
 */
@QuarkusTest
class BedsideTimingTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static Instant at(int daysAhead, int hour) {
        return LocalDate.now(TOKYO).plusDays(daysAhead).atTime(hour, 0).atZone(TOKYO).toInstant();
    }

    static ValidatableResponse step(RequestSpecification as, long course, long bag, String step, Map<String, ?> body) {
        return as.body(body).post("/courses/" + course + "/infusion/bags/" + bag + "/" + step).then();
    }

    static JsonPath view(long course) {
        return nurse().get("/courses/" + course + "/infusion").then().statusCode(200).extract().jsonPath();
    }

    /** Today's clear check an hour before {@code premedAt}, then premedication at {@code premedAt}. */
    void checkAndPremedicate(long course, Instant premedAt) {
        clock.set(premedAt.minus(Duration.ofMinutes(60)));
        postponedIfAfterDayZero(course);
        recordReadiness(course, nurse());
        clock.set(premedAt);
        nurse().body(premedicationBody(premedAt)).post("/courses/" + course + "/infusion/premedication").then()
                .statusCode(201).body("premedication.earliestStart", is(premedAt.plus(Duration.ofMinutes(30)).toString()))
                .body("premedication.latestStart", is(premedAt.plus(Duration.ofMinutes(60)).toString()));
    }

    @jakarta.inject.Inject
    org.cartflow.ui.JourneyFlagsCollector flags;

    void setClock(Instant base, long minutes, long seconds) {
        clock.set(base.plus(Duration.ofMinutes(minutes)).plusSeconds(seconds));
    }

    @Test
    void premedicationWindowAndTheSixtyMinutesFromThawToEnd() {
        long course = courseReadyForInfusion(clock);
        Instant p = at(5, 9);
        checkAndPremedicate(course, p);
        JsonPath v = view(course);
        long bag = v.getLong("bags[0].id");
        String code = v.getString("bags[0].bagCode");
        setClock(p, 10, 0);
        nurse().get("/courses/" + course + "/infusion").then().body("premedication.secondsUntilEarliestStart", is(1200))
                .body("premedication.secondsUntilLatestStart", is(3000)).body("bags[0].nextStep", is("identity-check"));
        checkInspectAndThaw(course, bag, code, p.plus(Duration.ofMinutes(20)), clock);
        setClock(p, 25, 0);
        lineAndBedsideCheck(course, bag, code);
        // the countdown: thaw started at p+20, so 55 minutes are left at p+25
        nurse().get("/courses/" + course + "/infusion").then().body("bags[0].state", is("THAWING"))
                .body("bags[0].secondsLeft", is(3300)).body("bags[0].minutesLeft", is(55))
                .body("bags[0].mustEndBy", is(p.plus(Duration.ofMinutes(80)).toString()))
                .body("bags[0].nextStep", is("infusion-start")).body("bags[0].done", hasSize(7));
        // INF-2 "about 30-60 minutes": beyond the 5-minute grace (24:59, 65:01) refused even with a reason;
        // inside the grace (29:59, 61:00) refused without one; 30 is allowed and needs none
        Map<String, Object> withReason = Map.of("pumpRateMlMin", 5, "premedicationWindowReason", "pump alarm");
        setClock(p, 24, 59);
        step(nurse(), course, bag, "infusion-start", withReason).statusCode(422)
                .body("errors[0].field", is("premedicationWindowReason"));
        step(nurse(), course, bag, "infusion-start", Map.of("pumpRateMlMin", 5)).statusCode(422)
                .body("ruleIds", contains("INF-2")).body("refusals[0].message", containsString("30-60 minutes"));
        setClock(p, 29, 59);
        step(nurse(), course, bag, "infusion-start", Map.of("pumpRateMlMin", 5)).statusCode(422)
                .body("ruleIds", contains("INF-2"))
                .body("refusals[0].message", containsString("premedicationWindowReason"));
        setClock(p, 61, 0);
        step(nurse(), course, bag, "infusion-start", Map.of("pumpRateMlMin", 5)).statusCode(422)
                .body("ruleIds", contains("INF-2")).body("refusals[0].message", containsString("5-minute grace"));
        setClock(p, 65, 1);
        step(nurse(), course, bag, "infusion-start", withReason).statusCode(422)
                .body("errors[0].field", is("premedicationWindowReason"));
        setClock(p, 30, 0);
        step(nurse(), course, bag, "infusion-start", withReason).statusCode(422)
                .body("errors[0].field", is("premedicationWindowReason"));
        step(nurse(), course, bag, "infusion-start", Map.of("pumpRateMlMin", 5)).statusCode(200)
                .body("bags[0].state", is("INFUSING"));
        // INF-11: 61 minutes after thaw start is refused, 60 is allowed
        setClock(p, 81, 0);
        step(nurse(), course, bag, "infusion-end", Map.of("fullVolumeGiven", true)).statusCode(422)
                .body("ruleIds", contains("INF-11")).body("refusals[0].message", containsString("not-infusable"));
        setClock(p, 80, 0);
        step(nurse(), course, bag, "infusion-end", Map.of("fullVolumeGiven", true)).statusCode(200)
                .body("bags[0].rateMlMin", is(1.0f)).body("bags[0].secondsLeft", nullValue());
        backPrimeAndDispose(course, bag);
        setClock(p, 90, 0);
        transition(course, "record-infusion", nurse());
        // day 0 is the moment the last bag ended, not the moment it was recorded
        nurse().get("/courses/" + course).then().body("state", is("INFUSED")).body("dayNumber", is(0))
                .body("infusedAt", is(p.plus(Duration.ofMinutes(80)).toString()));
        // NOREUSE-1: nothing of this product is given again
        step(nurse(), course, bag, "identity-check", identityBody(course, code)).statusCode(422)
                .body("ruleIds", contains("NOREUSE-1"));
        physician().get("/courses/" + course + "/audit").then()
                .body("find { it.action == 'infusion.bag.identity-cosign' }.actor", is("nurse-ito"))
                .body("find { it.action == 'infusion.bag.thaw-start' }.actorRole", is("nurse"))
                .body("find { it.action == 'infusion.bag.infusion-end' }.details.rateMlMin", is(1.0f))
                .body("find { it.action == 'transition.record-infusion' }.actor", is("nurse-kim"));
    }

    @Test
    void inf2AFirstBagStartedInsideTheGraceWithTheNursesReasonIsRecordedFlaggedAndAccepted() {
        long course = courseReadyForInfusion(clock);
        Instant p = at(7, 9);
        checkAndPremedicate(course, p);
        JsonPath v = view(course);
        long bag = v.getLong("bags[0].id");
        String code = v.getString("bags[0].bagCode");
        checkInspectAndThaw(course, bag, code, p.plus(Duration.ofMinutes(50)), clock);
        setClock(p, 55, 0);
        lineAndBedsideCheck(course, bag, code);
        // 64 minutes = 60 + 4, inside the default 5-minute grace
        setClock(p, 64, 0);
        step(nurse(), course, bag, "infusion-start", Map.of("pumpRateMlMin", 5, "premedicationWindowReason",
                "patient in the toilet at 60 min")).statusCode(200).body("bags[0].state", is("INFUSING"));
        setClock(p, 70, 0);
        step(nurse(), course, bag, "infusion-end", Map.of("fullVolumeGiven", true)).statusCode(200);
        backPrimeAndDispose(course, bag);
        // the guard on record-infusion accepts the excused start (INF-2)
        transition(course, "record-infusion", nurse());
        physician().get("/courses/" + course + "/audit").then()
                .body("find { it.action == 'infusion.bag.infusion-start' }.details.premedicationWindowDeviation",
                        is(true))
                .body("find { it.action == 'infusion.bag.infusion-start' }.reason",
                        is("patient in the toilet at 60 min"));
        var flag = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> flags.of(course)).stream()
                .filter(f -> f.ruleId().equals("INF-2")).findFirst().orElseThrow();
        Assertions.assertTrue(flag.message().contains("patient in the toilet at 60 min"), flag.message());
        Assertions.assertTrue(flag.kind().contains("outside 30-60 min"), flag.kind());
    }

    @Test
    void twoBagsOneAtATimeAtMostTenMillilitresAMinute() {
        long course = courseReadyForInfusion(clock, List.of(certificateBag("BAG-1", 50, 300),
                certificateBag("BAG-2", 30, 150)));
        Instant p = at(6, 9);
        checkAndPremedicate(course, p);
        JsonPath v = view(course);
        long bag1 = v.getLong("bags[0].id");
        long bag2 = v.getLong("bags[1].id");
        checkInspectAndThaw(course, bag1, "BAG-1", p.plus(Duration.ofMinutes(40)), clock);
        setClock(p, 44, 0);
        step(nurse(), course, bag2, "identity-check", identityBody(course, "BAG-2")).statusCode(200);
        step(secondNurse(), course, bag2, "identity-cosign", identityBody(course, "BAG-2")).statusCode(200);
        step(nurse(), course, bag2, "inspection", Map.of("intact", true)).statusCode(200);
        // INF-6: bag 2 waits while bag 1 is thawing
        step(nurse(), course, bag2, "thaw-start", Map.of("method", "DRY_THAW_DEVICE", "temperatureC", 37))
                .statusCode(422).body("ruleIds", contains("INF-6"));
        setClock(p, 45, 0);
        lineAndBedsideCheck(course, bag1, "BAG-1");
        // INF-2 upper boundary: 60 minutes after premedication is still in the window; RATE-1 on the pump
        setClock(p, 60, 0);
        step(nurse(), course, bag1, "infusion-start", Map.of("pumpRateMlMin", 10.5)).statusCode(422)
                .body("ruleIds", contains("RATE-1"));
        step(nurse(), course, bag1, "infusion-start", Map.of("pumpRateMlMin", 10)).statusCode(200);
        setClock(p, 61, 0);
        step(nurse(), course, bag2, "thaw-start", Map.of("method", "WATER_BATH", "temperatureC", 37)).statusCode(422)
                .body("ruleIds", contains("INF-6"));
        // RATE-1: 50 mL in 4 min 59 s is faster than 10 mL/min; in exactly 5 min it is 10 mL/min
        setClock(p, 64, 59);
        step(nurse(), course, bag1, "infusion-end", Map.of("fullVolumeGiven", true)).statusCode(422)
                .body("ruleIds", contains("RATE-1")).body("refusals[0].message", containsString("10.03"));
        setClock(p, 65, 0);
        step(nurse(), course, bag1, "infusion-end", Map.of("fullVolumeGiven", true)).statusCode(200)
                .body("bags[0].rateMlMin", is(10.0f));
        // the infusion of bag 1 is complete after back-priming
        step(nurse(), course, bag2, "thaw-start", Map.of("method", "WATER_BATH", "temperatureC", 37)).statusCode(422)
                .body("ruleIds", contains("INF-6"));
        step(nurse(), course, bag1, "back-prime", Map.of("salineMl", 30)).statusCode(200)
                .body("bags[0].state", is("INFUSED")).body("bags[0].nextStep", is("disposal"));
        nurse().body(Map.of("transition", "record-infusion")).post("/courses/" + course + "/transitions").then()
                .statusCode(422).body("ruleIds", hasItems("INF-12", "INF-13"))
                .body("refusals.find { it.ruleId == 'INF-12' }.message", containsString("BAG-2"));
        step(nurse(), course, bag1, "disposal", Map.of("asInfectiousWaste", false)).statusCode(422)
                .body("ruleIds", contains("INF-13"));
        step(nurse(), course, bag1, "disposal", Map.of("asInfectiousWaste", true)).statusCode(200);
        // bag 2 is not the first bag: the premedication window no longer applies
        checkInspectAndThaw2(course, bag2, p.plus(Duration.ofMinutes(70)));
        setClock(p, 75, 0);
        lineAndBedsideCheck(course, bag2, "BAG-2");
        setClock(p, 76, 0);
        step(nurse(), course, bag2, "infusion-start", Map.of("pumpRateMlMin", 5)).statusCode(200);
        setClock(p, 85, 0);
        step(nurse(), course, bag2, "infusion-end", Map.of("fullVolumeGiven", true)).statusCode(200)
                .body("bags[1].rateMlMin", is(3.33f));
        backPrimeAndDispose(course, bag2);
        transition(course, "record-infusion", nurse());
        JsonPath after = nurse().get("/courses/" + course).then().extract().jsonPath();
        Assertions.assertEquals(p.plus(Duration.ofMinutes(85)).toString(), after.getString("infusedAt"));
        nurse().get("/courses/" + course + "/infusion").then().body("bags.state", contains("INFUSED", "INFUSED"))
                .body("bags.nextStep", contains(nullValue(), nullValue()));
    }

    private void checkInspectAndThaw2(long course, long bag, Instant thawAt) {
        clock.set(thawAt);
        step(nurse(), course, bag, "thaw-start", Map.of("method", "DRY_THAW_DEVICE", "temperatureC", 37.5))
                .statusCode(200).body("bags[1].state", is("THAWING")).body("bags[1].thawMethod", is("DRY_THAW_DEVICE"));
        clock.set(thawAt.plus(Duration.ofMinutes(3)));
        step(nurse(), course, bag, "thaw-complete", Map.of("completelyThawed", true)).statusCode(200);
    }
}

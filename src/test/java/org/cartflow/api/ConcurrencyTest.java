package org.cartflow.api;

import static org.cartflow.support.Api.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.cartflow.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Concurrent edits of one journey: one wins, the others get 409, and the audit shows one event; also for the
 * bedside (two nurses starting one bag's thaw) and the pharmacy (two pharmacists verifying one order).
 */
@QuarkusTest
class ConcurrencyTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void staleIfMatchIsAConflict() {
        long course = newCourse(newPatient("MALE"));
        String etag = coordinator().get("/courses/" + course).then().extract().header("ETag");
        coordinator().header("If-Match", etag).body(Map.of("transition", "start-screening"))
                .post("/courses/" + course + "/transitions").then().statusCode(200);
        coordinator().header("If-Match", etag).body(Map.of("transition", "withdraw", "reason", "x"))
                .post("/courses/" + course + "/transitions").then().statusCode(409)
                .contentType("application/problem+json").body("type", is("urn:cartflow:problem:stale-version"));
        physician().header("If-Match", etag).body(Map.of("score", 1, "assessedOn", "2026-01-01"))
                .put("/courses/" + course + "/eligibility/ecog").then().statusCode(409);
    }

    @Test
    void malformedIfMatchIsAClearError() {
        long course = newCourse(newPatient("MALE"));
        coordinator().header("If-Match", "yesterday").body(Map.of("transition", "start-screening"))
                .post("/courses/" + course + "/transitions").then().statusCode(422)
                .body("errors[0].field", is("If-Match"));
    }

    @Test
    void parallelTransitionsOnOneVersionHaveExactlyOneWinner() throws Exception {
        long course = newCourse(newPatient("FEMALE"));
        String etag = coordinator().get("/courses/" + course).then().extract().header("ETag");
        List<Integer> statuses = race(8, i -> coordinator().header("If-Match", etag)
                .body(Map.of("transition", "start-screening")).post("/courses/" + course + "/transitions").statusCode());
        assertOneWinner(statuses);
        coordinator().get("/courses/" + course + "/audit").then()
                .body("findAll { it.action == 'transition.start-screening' }.size()", is(1));
    }

    @Test
    void twoNursesStartingTheSameBagsThawHaveOneWinner() throws Exception {
        long course = courseReadyForInfusion(clock);
        // the planned infusion day (LD day 1 + 5): today's check, then premedication
        Instant premedicated = LocalDate.now(TOKYO).plusDays(5).atTime(9, 0).atZone(TOKYO).toInstant();
        clock.set(premedicated.minus(Duration.ofMinutes(30)));
        recordReadiness(course, nurse());
        clock.set(premedicated);
        nurse().body(premedicationBody(premedicated)).post("/courses/" + course + "/infusion/premedication").then()
                .statusCode(201);
        var bag = nurse().get("/courses/" + course + "/infusion").then().extract().jsonPath();
        long bagId = bag.getLong("bags[0].id");
        String path = "/courses/" + course + "/infusion/bags/" + bagId + "/";
        nurse().body(identityBody(course, bag.getString("bags[0].bagCode"))).post(path + "identity-check").then()
                .statusCode(200);
        secondNurse().body(identityBody(course, bag.getString("bags[0].bagCode"))).post(path + "identity-cosign")
                .then().statusCode(200);
        nurse().body(Map.of("intact", true)).post(path + "inspection").then().statusCode(200);
        clock.set(premedicated.plus(Duration.ofMinutes(5)));
        List<Integer> statuses = race(6, i -> (i % 2 == 0 ? nurse() : secondNurse())
                .body(Map.of("method", "WATER_BATH", "temperatureC", 37)).post(path + "thaw-start").statusCode());
        assertOneWinner(statuses);
        nurse().get("/courses/" + course + "/infusion").then().body("bags[0].state", is("THAWING"));
        physician().get("/courses/" + course + "/audit").then()
                .body("findAll { it.action == 'infusion.bag.thaw-start' }.size()", is(1));
    }

    @Test
    void twoPharmacistsVerifyingTheSameOrderHaveOneWinner() throws Exception {
        long course = eligibleCourse();
        String base = "/courses/" + course + "/lymphodepletion/";
        long order = prescribedLdOrder(course, LocalDate.now(TOKYO).plusDays(2));
        List<Integer> statuses = race(6, i -> (i % 2 == 0 ? pharmacist() : as("pharm-ota", "pharmacist"))
                .post(base + "orders/" + order + "/verification").statusCode());
        assertOneWinner(statuses);
        pharmacist().get(base).then().body("orders.find { it.id == " + order + " }.status", is("VERIFIED"));
        physician().get("/courses/" + course + "/audit").then()
                .body("findAll { it.action == 'lymphodepletion.order.verified' }.size()", is(1));
    }

    /** Sends {@code clients} requests at once; each returns its status code. */
    private static List<Integer> race(int clients, IntFunction<Integer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                int client = i;
                calls.add(() -> request.apply(client));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertOneWinner(List<Integer> statuses) {
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(statuses.size() - 1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
    }

    @Test
    void parallelRecordsOnOneJourneyWithoutIfMatchStillSerialise() throws Exception {
        long course = courseInScreening("MALE");
        List<Integer> statuses = race(6, i -> physician().body(Map.of("score", i % 2, "assessedOn", "2026-01-01"))
                .put("/courses/" + course + "/eligibility/ecog").statusCode());
        // each either wins or is told to reload; nothing else (no 500, no lost update)
        statuses.forEach(s -> org.junit.jupiter.api.Assertions.assertTrue(s == 200 || s == 409, statuses.toString()));
        long wins = statuses.stream().filter(s -> s == 200).count();
        coordinator().get("/courses/" + course + "/audit").then()
                .body("findAll { it.action == 'eligibility.ecog.recorded' }.size()", is((int) wins));
        coordinator().get("/courses/" + course).then().body("version", is((int) (1 + wins)));
    }
}

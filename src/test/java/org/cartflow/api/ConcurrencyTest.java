package org.cartflow.api;

import static org.cartflow.support.Api.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Concurrent edits of one journey: one wins, the others get 409, and the audit shows one event. */
@QuarkusTest
class ConcurrencyTest {

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
        int clients = 8;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                calls.add(() -> coordinator().header("If-Match", etag).body(Map.of("transition", "start-screening"))
                        .post("/courses/" + course + "/transitions").statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertEquals(clients - 1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        coordinator().get("/courses/" + course + "/audit").then()
                .body("findAll { it.action == 'transition.start-screening' }.size()", is(1));
    }

    @Test
    void parallelRecordsOnOneJourneyWithoutIfMatchStillSerialise() throws Exception {
        long course = courseInScreening("MALE");
        int clients = 6;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                int score = i % 2;
                calls.add(() -> physician().body(Map.of("score", score, "assessedOn", "2026-01-01"))
                        .put("/courses/" + course + "/eligibility/ecog").statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            // each either wins or is told to reload; nothing else (no 500, no lost update)
            statuses.forEach(s -> org.junit.jupiter.api.Assertions.assertTrue(s == 200 || s == 409, statuses.toString()));
            long wins = statuses.stream().filter(s -> s == 200).count();
            coordinator().get("/courses/" + course + "/audit").then()
                    .body("findAll { it.action == 'eligibility.ecog.recorded' }.size()", is((int) wins));
            coordinator().get("/courses/" + course).then().body("version", is((int) (1 + wins)));
        } finally {
            pool.shutdownNow();
        }
    }
}

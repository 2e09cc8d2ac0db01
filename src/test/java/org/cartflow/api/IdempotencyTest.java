package org.cartflow.api;

import static org.cartflow.support.Api.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Idempotency-Key on creating POSTs: a retried request returns the first result and writes nothing new. */
@QuarkusTest
class IdempotencyTest {

    @Test
    void retriedRegistrationReturnsTheFirstResultAndWritesOnce() {
        String key = UUID.randomUUID().toString();
        String mrn = newMrn();
        long id = coordinator().header("Idempotency-Key", key).body(patientBody(mrn, "MALE")).post("/patients").then()
                .statusCode(201).header("Location", containsString("/patients/")).extract().jsonPath().getLong("id");
        coordinator().header("Idempotency-Key", key).body(patientBody(mrn, "MALE")).post("/patients").then()
                .statusCode(201).header("Idempotent-Replayed", "true").body("id", is((int) id)).body("mrn", is(mrn));
        coordinator().queryParam("mrn", mrn).get("/patients").then().body("size()", is(1));
        coordinator().get("/courses?state=REFERRAL").then().statusCode(200);
    }

    @Test
    void theSameKeyForADifferentRequestIsRefused() {
        String key = UUID.randomUUID().toString();
        coordinator().header("Idempotency-Key", key).body(patientBody(newMrn(), "MALE")).post("/patients").then()
                .statusCode(201);
        coordinator().header("Idempotency-Key", key).body(patientBody(newMrn(), "FEMALE")).post("/patients").then()
                .statusCode(422).contentType("application/problem+json").body("errors[0].field", is("Idempotency-Key"));
    }

    @Test
    void keysBelongToTheirUser() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = patientBody(newMrn(), "MALE");
        coordinator().header("Idempotency-Key", key).body(body).post("/patients").then().statusCode(201);
        // another user with the same key and body is a new request: here a duplicate MRN
        physician().header("Idempotency-Key", key).body(body).post("/patients").then().statusCode(409);
    }

    @Test
    void aRefusedRequestDoesNotBurnItsKey() {
        long course = newCourse(newPatient("MALE"));
        String key = UUID.randomUUID().toString();
        coordinator().header("Idempotency-Key", key).body(Map.of("transition", "start-screening"))
                .header("If-Match", "\"5\"").post("/courses/" + course + "/transitions").then().statusCode(409);
        coordinator().header("Idempotency-Key", key).body(Map.of("transition", "start-screening"))
                .header("If-Match", "\"5\"").post("/courses/" + course + "/transitions").then().statusCode(409);
    }

    @Test
    void concurrentRetriesOfOneTransitionWriteOneEvent() throws Exception {
        long course = newCourse(newPatient("FEMALE"));
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> coordinator().header("Idempotency-Key", key)
                        .body(Map.of("transition", "start-screening")).post("/courses/" + course + "/transitions")
                        .statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertEquals(6, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        coordinator().get("/courses/" + course + "/audit").then()
                .body("findAll { it.action == 'transition.start-screening' }.size()", is(1));
        coordinator().get("/courses/" + course).then().body("state", is("SCREENING")).body("version", is(1));
    }
}

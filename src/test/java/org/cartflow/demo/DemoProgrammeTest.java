package org.cartflow.demo;

import static org.cartflow.support.Api.admin;
import static org.cartflow.support.Api.coordinator;
import static org.cartflow.support.Api.nurse;
import static org.cartflow.support.Api.pharmacist;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cartflow.support.MutableClock;
import org.cartflow.support.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The DEMO programme that `./mvnw quarkus:dev` seeds on an empty database, run here through the same code against
 * the test app (real PostgreSQL, signed tokens, the settable clock): every course ends in the stage README's demo
 * table says, got there through the API's transitions as the demo users, and the audit chain verifies.
 */
@QuarkusTest
class DemoProgrammeTest {

    @Inject
    MutableClock clock;

    @TestHTTPResource("/")
    URL base;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** The demo users of dev mode, here as signed test tokens: the role is the user name without its digit. */
    private static String bearer(String user) {
        return Tokens.of(user, user.replaceAll("[0-9]+$", ""));
    }

    @Test
    void seedsEveryStageThroughTheApiAsReadmeSays() throws Exception {
        DemoApi api = new DemoApi(URI.create(base.toString()), DemoProgrammeTest::bearer);
        DemoProgramme.AppClock appClock = new DemoProgramme.AppClock() {
            @Override
            public void set(Instant at) {
                clock.set(at);
            }

            @Override
            public void reset() {
                clock.reset();
            }
        };
        List<DemoProgramme.SeededCourse> seeded = new DemoProgramme(api, appClock, Instant.now()).seed();

        Map<String, String[]> readme = readmeDemoTable();
        assertEquals(readme.keySet(), seeded.stream().map(DemoProgramme.SeededCourse::mrn)
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)),
                "README's demo table lists exactly the seeded MRNs, in order");
        for (DemoProgramme.SeededCourse c : seeded) {
            String[] row = readme.get(c.mrn());
            coordinator().get("/courses/" + c.courseId()).then().statusCode(200)
                    .body("state", is(row[0])).body("patient.mrn", is(c.mrn()));
            assertEquals(row[0], c.state(), c.mrn());
            assertEquals(row[1].isEmpty() ? null : Integer.valueOf(row[1]), c.dayNumber(), c.mrn() + " day");
            assertAuditTrailLeadsTo(c);
        }

        long day3 = courseOf(seeded, "INPATIENT_MONITORING");
        nurse().get("/courses/" + day3 + "/monitoring").then().statusCode(200)
                .body("assessments[-1].crsGrade", is(1)).body("assessments[-1].icansGrade", is(0));
        long awaiting = seeded.get(8).courseId();
        pharmacist().get("/lymphodepletion/verification-queue").then().statusCode(200)
                .body("courseId", hasItem((int) awaiting));
        long stored = seeded.get(7).courseId();
        pharmacist().get("/courses/" + stored + "/product").then().statusCode(200)
                .body("bags.state", everyItem(is("STORED")));
        long ready = courseOf(seeded, "INFUSION_READY");
        nurse().get("/courses/" + ready + "/infusion").then().statusCode(200)
                .body("bags[0].state", is("STORED"));
        admin().get("/audit/verification").then().statusCode(200).body("valid", is(true));
    }

    /** The course's transitions, oldest first, chain REFERRAL to its stage, each by a demo user in a role. */
    private static void assertAuditTrailLeadsTo(DemoProgramme.SeededCourse c) {
        JsonPath audit = coordinator().get("/courses/" + c.courseId() + "/audit?limit=1000").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> events = audit.getList("$");
        assertFalse(events.isEmpty(), c.mrn());
        String state = "REFERRAL";
        Instant previous = Instant.MIN;
        for (Map<String, Object> e : events) {
            Instant at = Instant.parse((String) e.get("occurredAt"));
            assertFalse(at.isBefore(previous), c.mrn() + ": audit events in time order");
            previous = at;
            if (!((String) e.get("action")).startsWith("transition.")) {
                continue;
            }
            assertEquals(state, e.get("stateBefore"), c.mrn() + " " + e.get("action"));
            state = (String) e.get("stateAfter");
            String actor = (String) e.get("actor");
            assertEquals(actor.replaceAll("[0-9]+$", ""), e.get("actorRole"), c.mrn() + " " + e.get("action"));
        }
        assertEquals(c.state(), state, c.mrn() + ": the audit trail ends in the course's state");
        coordinator().get("/courses/" + c.courseId() + "/audit").then().body("hash", everyItem(notNullValue()));
    }

    private static long courseOf(List<DemoProgramme.SeededCourse> seeded, String state) {
        return seeded.stream().filter(c -> c.state().equals(state)).findFirst().orElseThrow().courseId();
    }

    /** README's "Demo programme" table: MRN -> [state, day]. */
    private static Map<String, String[]> readmeDemoTable() throws IOException {
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8)) {
            if (line.startsWith("| `DEMO-")) {
                List<String> cells = new ArrayList<>();
                for (String cell : line.substring(1).split("\\|")) {
                    cells.add(cell.trim().replace("`", ""));
                }
                rows.put(cells.get(0), new String[] { cells.get(2), cells.get(3) });
            }
        }
        return rows;
    }
}

package org.cartflow.api;

import static org.cartflow.support.Api.*;
import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * Issue 21 item 1: how many SQL statements each operation sends (Hibernate's count of prepared statements, which
 * includes the native queries of the audit chain), measured over real HTTP with signed tokens. The counts do not
 * depend on the machine's speed, so they are asserted; they are written to target/statement-counts.md for README.
 * Each figure is the smallest of three runs after a warm-up, each counted once the database has been quiet for 300 ms:
 * a read includes its own access-log insert (written on another thread after the response).
 */
@QuarkusTest
class StatementCountTest {

    @Inject
    SessionFactory sessions;

    private long statements(Runnable operation) {
        long best = Long.MAX_VALUE;
        operation.run(); // warm-up: lazy caches, first-use queries
        for (int i = 0; i < 3; i++) {
            long before = settled();
            operation.run();
            best = Math.min(best, settled() - before);
        }
        return best;
    }

    /**
     * The statement count once nothing has been sent for 300 ms: a read's access-log insert runs on another thread
     * after the response, so it is counted with the read that caused it, not with the next operation.
     */
    private long settled() {
        long last = sessions.getStatistics().getPrepareStatementCount();
        long quietSince = System.nanoTime();
        long deadline = quietSince + 5_000_000_000L;
        while (System.nanoTime() - quietSince < 300_000_000L && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            long now = sessions.getStatistics().getPrepareStatementCount();
            if (now != last) {
                last = now;
                quietSince = System.nanoTime();
            }
        }
        return last;
    }

    @Test
    void eachOperationSendsAKnownNumberOfStatementsAndTheBoardNoMoreForMoreCourses() throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        String today = LocalDate.now(TOKYO).toString();
        long screening = courseInScreening("FEMALE");
        counts.put("PUT /courses/{id}/eligibility/ecog (guarded write)", statements(() -> physician()
                .body(Map.of("score", 1, "assessedOn", today)).put("/courses/" + screening + "/eligibility/ecog")
                .then().statusCode(200)));
        long transition = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) { // a new course each time: the step is taken once per course
            long course = newCourse(newPatient("MALE"));
            long before = settled();
            transition(course, "start-screening", coordinator());
            long n = settled() - before;
            transition = i == 0 ? transition : Math.min(transition, n); // the first run is the warm-up
        }
        counts.put("POST /courses/{id}/transitions (start-screening)", transition);
        counts.put("GET /courses/{id}", statements(() -> nurse().get("/courses/" + screening).then().statusCode(200)));
        long board = statements(() -> coordinator().get("/courses?state=SCREENING").then().statusCode(200));
        for (int i = 0; i < 3; i++) {
            courseInScreening("MALE");
        }
        long biggerBoard = statements(() -> coordinator().get("/courses?state=SCREENING").then().statusCode(200));
        counts.put("GET /courses?state=SCREENING (board)", biggerBoard);
        counts.put("GET /rules", statements(() -> nurse().get("/rules").then().statusCode(200)));

        StringBuilder md = new StringBuilder("| operation | SQL statements |\n|---|---|\n");
        counts.forEach((op, n) -> md.append("| ").append(op).append(" | ").append(n).append(" |\n"));
        Files.writeString(Path.of("target", "statement-counts.md"), md);
        System.out.println(md);

        assertEquals(board, biggerBoard, "the board sends as many statements for 3 more courses (no N+1)");
        assertEquals(0, counts.get("GET /rules"), "the rule catalogue is static");
        // today's figures as a ceiling (within issue 21's goals: ECOG write <= 8, a transition <= 12): a change that
        // adds statements to these paths fails here and must say why
        assertTrue(counts.get("PUT /courses/{id}/eligibility/ecog (guarded write)") <= ECOG_CEILING, counts.toString());
        assertTrue(counts.get("POST /courses/{id}/transitions (start-screening)") <= TRANSITION_CEILING,
                counts.toString());
    }

    /**
     * Measured 2026-12-08 (14 and 14 before the work-up's findings came in one statement; 26 and 19 before the
     * eligibility guards and the work-up view shared one load): the course, the write and the version, the work-up
     * (the latest of every finding and the therapy lines, one statement), the patient's other courses, then the audit
     * append (chain head, the event). Issue 21's goals: the ECOG write at most 8, a transition at most 12.
     */
    private static final long ECOG_CEILING = 8;
    private static final long TRANSITION_CEILING = 8;
}

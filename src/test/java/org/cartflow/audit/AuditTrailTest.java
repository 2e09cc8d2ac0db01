package org.cartflow.audit;

import static io.restassured.RestAssured.given;
import static org.cartflow.support.Api.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.cartflow.support.Superuser;
import org.cartflow.support.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditTrailTest {

    @Inject
    AgroalDataSource db;

    private static io.restassured.specification.RequestSpecification admin() {
        return given().auth().oauth2(Tokens.of("it-admin", "admin")).contentType("application/json");
    }

    @Test
    void everyTransitionIsAuditedWithWhoWhatWhenWhy() {
        long course = courseInScreening("MALE");
        transition(course, "withdraw", "patient chose palliative care", coordinator());
        coordinator().get("/courses/" + course + "/audit").then().statusCode(200)
                .body("action", contains("course.opened", "transition.start-screening", "transition.withdraw"))
                .body("[2].actor", is("coord-ann"))
                .body("[2].actorRole", is("coordinator"))
                .body("[2].stateBefore", is("SCREENING"))
                .body("[2].stateAfter", is("WITHDRAWN"))
                .body("[2].reason", is("patient chose palliative care"))
                .body("[2].occurredAt", endsWith("Z"))
                .body("[2].occurredAtLocal", endsWith("+09:00"))
                .body("[2].hash", matchesPattern("[0-9a-f]{64}"));
    }

    @Test
    void theChainVerifies() {
        courseInScreening("FEMALE");
        admin().get("/audit/verification").then().statusCode(200).body("valid", is(true))
                .body("eventsChecked", greaterThan(1)).body("firstBrokenEventId", nullValue());
    }

    @Test
    void theRuntimeRoleCanOnlyAppendAndReadTheTrailAndRunsNoDdl() throws SQLException {
        courseInScreening("MALE");
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            for (String sql : new String[] {
                    "update audit_event set reason = 'rewritten' where id = (select max(id) from audit_event)",
                    "delete from audit_event where id = (select max(id) from audit_event)",
                    "truncate audit_event",
                    "delete from audit_checkpoint",
                    "alter table audit_event disable trigger audit_event_no_update_delete",
                    "set session_replication_role = replica",
                    "create table forged (id int)",
                    "drop table patient" }) {
                SQLException refused = assertThrows(SQLException.class, () -> s.execute(sql), sql);
                assertTrue(refused.getMessage().contains("permission denied") || refused.getMessage().contains("must be owner"),
                        sql + ": " + refused.getMessage());
            }
            assertEquals(java.util.Optional.empty(), DatabaseRoles.runtimeRoleProblem(c));
        }
        try (Connection owner = Superuser.connect()) {
            assertTrue(DatabaseRoles.runtimeRoleProblem(owner).orElseThrow().contains("is a superuser"));
        }
    }

    @Test
    void theTriggerRefusesUpdateAndDeleteEvenToTheOwner() throws SQLException {
        courseInScreening("MALE");
        try (Connection c = Superuser.connect(); Statement s = c.createStatement()) {
            SQLException upd = assertThrows(SQLException.class,
                    () -> s.executeUpdate("update audit_event set reason = 'rewritten' where id = (select max(id) from audit_event)"));
            assertTrue(upd.getMessage().contains("append-only"), upd.getMessage());
            SQLException del = assertThrows(SQLException.class,
                    () -> s.executeUpdate("delete from audit_event where id = (select max(id) from audit_event)"));
            assertTrue(del.getMessage().contains("append-only"), del.getMessage());
            SQLException trunc = assertThrows(SQLException.class, () -> s.executeUpdate("truncate audit_event"));
            assertTrue(trunc.getMessage().contains("append-only"), trunc.getMessage());
        }
    }

    @Test
    void eachJourneyHasItsOwnChain() {
        long first = courseInScreening("MALE");
        long second = courseInScreening("FEMALE");
        transition(first, "withdraw", "patient chose palliative care", coordinator());
        for (long course : new long[] { first, second }) {
            var events = coordinator().get("/courses/" + course + "/audit").then().extract().jsonPath();
            assertEquals(java.util.List.of("course:" + course), events.getList("chain").stream().distinct().toList());
            java.util.List<Integer> seqs = events.getList("chainSeq", Integer.class);
            assertEquals(java.util.stream.IntStream.rangeClosed(1, seqs.size()).boxed().toList(), seqs);
        }
    }

    @Test
    void aRowChangedBehindTheTriggersBackIsDetected() throws SQLException {
        long course = courseInScreening("MALE");
        transition(course, "withdraw", "original reason", coordinator());
        long eventId = eventOf(course, "transition.withdraw");
        try (Connection c = Superuser.connect(); Statement s = c.createStatement()) {
            // a superuser bypassing the trigger: the keyed hash still exposes the edit
            s.execute("set session_replication_role = replica");
            s.executeUpdate("update audit_event set reason = 'forged reason' where id = " + eventId);
            try {
                admin().get("/audit/verification").then().statusCode(200).body("valid", is(false))
                        .body("firstBrokenEventId", is((int) eventId))
                        .body("problem", containsString("changed after it was written"));
            } finally {
                s.executeUpdate("update audit_event set reason = 'original reason' where id = " + eventId);
                s.execute("set session_replication_role = origin");
            }
        }
        admin().get("/audit/verification").then().body("valid", is(true));
    }

    @Test
    void aHistoryReChainedWithoutTheKeyIsDetected() throws SQLException {
        long course = courseInScreening("MALE");
        transition(course, "withdraw", "original reason", coordinator());
        long eventId = eventOf(course, "transition.withdraw");
        try (Tamper t = new Tamper(course)) {
            // the insider recomputes the event's hash the only way open without the key: the old plain SHA-256
            t.rewrite(eventId, e -> {
                e.reason = "forged reason";
                e.hash = AuditHash.legacy(e);
            });
            admin().get("/audit/verification").then().body("valid", is(false))
                    .body("firstBrokenEventId", is((int) eventId)).body("problem", containsString("changed after"));
        }
        admin().get("/audit/verification").then().body("valid", is(true));
    }

    @Test
    void aHistoryReChainedEvenWithTheKeyDiffersFromTheSignedCheckpoint() throws SQLException {
        long course = courseInScreening("MALE");
        transition(course, "withdraw", "original reason", coordinator());
        long eventId = eventOf(course, "transition.withdraw");
        admin().post("/audit/checkpoints").then().statusCode(201).body("heads.'course:" + course + "'.seq", is(3));
        byte[] stolenKey = java.util.Base64.getDecoder().decode(
                org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("cartflow.audit.hmac-key", String.class));
        try (Tamper t = new Tamper(course)) {
            t.rewrite(eventId, e -> {
                e.reason = "forged reason";
                e.hash = AuditHash.keyed(e, stolenKey);
            });
            admin().get("/audit/verification").then().body("valid", is(false))
                    .body("firstBrokenEventId", is((int) eventId))
                    .body("problem", containsString("not the event a signed checkpoint saw"));
        }
        admin().get("/audit/verification").then().body("valid", is(true));
    }

    @Test
    void aDeletedLastEventIsDetectedAgainstTheCheckpointThatSawIt() throws SQLException {
        long course = courseInScreening("MALE");
        transition(course, "withdraw", "original reason", coordinator());
        long eventId = eventOf(course, "transition.withdraw");
        admin().post("/audit/checkpoints").then().statusCode(201);
        try (Tamper t = new Tamper(course)) {
            t.delete(eventId);
            admin().get("/audit/verification").then().body("valid", is(false))
                    .body("problem", containsString("chain course:" + course + " ends at event 2"))
                    .body("problem", containsString("saw event 3"));
        }
        admin().get("/audit/verification").then().body("valid", is(true));
    }

    @Test
    void aDeletedCheckpointIsDetectedWithTheAuditorsExportedCopy() throws SQLException {
        courseInScreening("FEMALE");
        admin().post("/audit/checkpoints").then().statusCode(201);
        Map<String, Object> exported = admin().get("/audit/checkpoints/latest").then().statusCode(200).extract()
                .jsonPath().getMap("$");
        admin().body(exported).post("/audit/verification").then().statusCode(200)
                .body("valid", is(true)).body("checkpointId", is(exported.get("id")));
        try (Connection c = Superuser.connect(); Statement s = c.createStatement()) {
            String saved;
            try (var rs = s.executeQuery("select row_to_json(c)::text from audit_checkpoint c where id = " + exported.get("id"))) {
                rs.next();
                saved = rs.getString(1);
            }
            s.execute("set session_replication_role = replica");
            s.executeUpdate("delete from audit_checkpoint where id = " + exported.get("id"));
            try {
                admin().body(exported).post("/audit/verification").then()
                        .body("valid", is(false)).body("problem", containsString("no longer in the database"));
                Map<String, Object> forged = new java.util.HashMap<>(exported);
                forged.put("prevSignature", "f".repeat(64));
                admin().body(forged).post("/audit/verification").then()
                        .body("valid", is(false)).body("problem", containsString("not one CartFlow signed"));
            } finally {
                s.executeUpdate("insert into audit_checkpoint select * from json_populate_record(null::audit_checkpoint, '"
                        + saved.replace("'", "''") + "'::json)");
                s.execute("set session_replication_role = origin");
            }
        }
        admin().get("/audit/verification").then().body("valid", is(true));
    }

    @Test
    void theApiOffersNoWayToEditTheTrail() {
        long course = courseInScreening("MALE");
        for (String method : new String[] { "PUT", "DELETE", "PATCH", "POST" }) {
            given().auth().oauth2(Tokens.of("it-admin", "admin", "physician")).contentType("application/json")
                    .body(Map.of("reason", "x")).request(method, "/courses/" + course + "/audit").then()
                    .statusCode(anyOf(is(404), is(405))).contentType("application/problem+json");
        }
    }

    @Test
    void refusedStepsWriteNothing() {
        long course = courseInScreening("FEMALE");
        int before = coordinator().get("/courses/" + course + "/audit").then().extract().jsonPath().getList("$").size();
        physician().body(Map.of("transition", "declare-eligible")).post("/courses/" + course + "/transitions").then()
                .statusCode(422);
        coordinator().get("/courses/" + course + "/audit").then().body("size()", is(before));
        coordinator().get("/courses/" + course).then().body("state", is("SCREENING")).body("version", is(1));
    }

    private static long eventOf(long course, String action) {
        return coordinator().get("/courses/" + course + "/audit").then().extract().jsonPath()
                .getLong("find { it.action == '" + action + "' }.id");
    }

    /**
     * An insider with the owner's password editing one journey's events behind the trigger's back; every row it
     * touches is put back as it was on close, so the shared test database verifies again.
     */
    private static final class Tamper implements AutoCloseable {
        private final Connection c;
        private final Statement s;
        private final java.util.List<String> saved = new java.util.ArrayList<>();

        Tamper(long course) throws SQLException {
            c = Superuser.connect();
            s = c.createStatement();
            try (var rs = s.executeQuery("select row_to_json(e)::text from audit_event e where course_id = " + course)) {
                while (rs.next()) {
                    saved.add(rs.getString(1));
                }
            }
            s.execute("set session_replication_role = replica");
        }

        void rewrite(long id, java.util.function.Consumer<AuditEvent> forge) throws SQLException {
            AuditEvent e = new AuditEvent();
            try (var rs = s.executeQuery("select * from audit_event where id = " + id)) {
                rs.next();
                e.id = rs.getLong("id");
                e.chainId = rs.getString("chain_id");
                e.chainSeq = rs.getLong("chain_seq");
                e.keyId = rs.getString("key_id");
                e.occurredAt = rs.getTimestamp("occurred_at").toInstant();
                e.actor = rs.getString("actor");
                e.actorRole = rs.getString("actor_role");
                e.action = rs.getString("action");
                e.patientId = (Long) rs.getObject("patient_id");
                e.courseId = (Long) rs.getObject("course_id");
                e.stateBefore = rs.getString("state_before");
                e.stateAfter = rs.getString("state_after");
                e.reason = rs.getString("reason");
                e.details = rs.getString("details");
                e.prevHash = rs.getString("prev_hash");
            }
            forge.accept(e);
            try (var ps = c.prepareStatement("update audit_event set reason = ?, hash = ? where id = ?")) {
                ps.setString(1, e.reason);
                ps.setString(2, e.hash);
                ps.setLong(3, id);
                ps.executeUpdate();
            }
        }

        void delete(long id) throws SQLException {
            s.executeUpdate("delete from audit_event where id = " + id);
        }

        @Override
        public void close() throws SQLException {
            try {
                for (String row : saved) {
                    long id = Long.parseLong(row.replaceAll("^\\{\"id\":(\\d+),.*$", "$1"));
                    s.executeUpdate("delete from audit_event where id = " + id);
                    s.executeUpdate("insert into audit_event select * from json_populate_record(null::audit_event, '"
                            + row.replace("'", "''") + "'::json)");
                }
                s.execute("set session_replication_role = origin");
            } finally {
                c.close();
            }
        }
    }
}

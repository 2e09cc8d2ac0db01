package org.cartflow.prod;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.cartflow.support.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar in the prod profile: no dev identity of any kind. Without an identity provider it refuses to
 * start; with one it validates real signed tokens, and the dev-only token helper and Dev UI do not exist.
 */
class ProdProfileIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private Process app;
    private Path log;

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null && app.isAlive()) {
            app.destroy();
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    private Process startJar(int httpPort, Map<String, String> env) throws IOException {
        assertTrue(Files.exists(JAR), "package the app first (mvn verify does)");
        log = Files.createTempFile("cartflow-prod", ".log");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + httpPort, "-jar", JAR.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().remove("CARTFLOW_OIDC_URL");
        pb.environment().remove("QUARKUS_OIDC_AUTH_SERVER_URL");
        pb.environment().putAll(env);
        return pb.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void refusesToStartWithoutAnIdentityProvider() throws Exception {
        app = startJar(freePort(), Map.of());
        assertTrue(app.waitFor(120, TimeUnit.SECONDS), "the prod jar should stop by itself without OIDC configuration");
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertNotEquals(0, app.exitValue(), out);
        assertTrue(out.contains("quarkus.oidc.auth-server-url"), out);
        assertFalse(out.contains("Dev Services for OIDC"), out);
    }

    @Test
    void validatesRealTokensAndOffersNoDevIdentity() throws Exception {
        OidcWiremockTestResource oidc = new OidcWiremockTestResource();
        Map<String, String> conf = oidc.start();
        System.setProperty("smallrye.jwt.sign.key.location", conf.get("smallrye.jwt.sign.key.location"));
        try {
            int port = freePort();
            app = startJar(port, Map.of("CARTFLOW_OIDC_URL", conf.get("keycloak.url") + "/realms/quarkus"));
            String base = "http://localhost:" + port;
            Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
            int ready = 0;
            while (Instant.now().isBefore(deadline) && app.isAlive()) {
                try {
                    ready = given().baseUri(base).get("/q/health/ready").statusCode();
                    if (ready == 200) {
                        break;
                    }
                } catch (Exception notYet) {
                    // still starting
                }
                Thread.sleep(500);
            }
            assertEquals(200, ready, Files.readString(log, StandardCharsets.UTF_8));

            given().baseUri(base).auth().oauth2(Tokens.forRole("nurse")).get("/rules").then().statusCode(200);
            given().baseUri(base).auth().oauth2(Tokens.withAudience("other-app", "nurse")).get("/rules").then()
                    .statusCode(401);
            given().baseUri(base).get("/rules").then().statusCode(401);
            given().baseUri(base).auth().oauth2(Tokens.forRole("admin")).get("/dev/token/nurse").then().statusCode(404);
            given().baseUri(base).get("/q/dev-ui").then().statusCode(404);
            String out = Files.readString(log, StandardCharsets.UTF_8);
            assertFalse(out.contains("Dev Services for OIDC"), out);
            assertTrue(out.contains("Profile prod activated"), out);
        } finally {
            oidc.stop();
        }
    }
}

package org.cartflow.prod;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.*;

import io.restassured.http.ContentType;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cartflow.support.Api;
import org.cartflow.support.ProdDatabase;
import org.cartflow.support.ProdJar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real Keycloak (keycloak-quarkus-dist from Maven Central, no Docker) imports deploy/keycloak/cartflow-realm.json;
 * the prod jar validates its tokens. Each demo role gets what it may and 403 for what it may not; a token for another
 * audience or an expired one gets 401.
 */
class KeycloakIT {

    private static Process keycloak;
    private static ProdJar app;
    private static EmbeddedPostgres pg;
    private static String realm;
    private static Path kcLog;

    /** Keycloak 26 needs Java 21+: KEYCLOAK_JAVA_HOME, else a JDK 21+ under /usr/lib/jvm. */
    static Path keycloakJavaHome() throws Exception {
        String configured = System.getenv("KEYCLOAK_JAVA_HOME");
        if (configured != null) {
            return Path.of(configured);
        }
        try (Stream<Path> jvms = Files.list(Path.of("/usr/lib/jvm"))) {
            Optional<Path> found = jvms.filter(p -> p.getFileName().toString().matches(".*(-|jdk|java)(2[1-9]|[3-9][0-9]).*"))
                    .filter(p -> Files.isExecutable(p.resolve("bin/java"))).sorted().findFirst();
            return found.orElseThrow(() -> new IllegalStateException("Keycloak " + System.getProperty("keycloak.home")
                    + " needs a JDK 21 or newer: none found under /usr/lib/jvm. Install one (e.g. apt-get install "
                    + "openjdk-21-jdk-headless or Temurin) or set KEYCLOAK_JAVA_HOME."));
        }
    }

    @BeforeAll
    static void start() throws Exception {
        Path home = Path.of(System.getProperty("keycloak.home", "target/keycloak/keycloak-26.4.5"));
        assertTrue(Files.isExecutable(home.resolve("bin/kc.sh")), "Keycloak not unpacked at " + home
                + " (mvn verify unpacks it in pre-integration-test)");
        Path imports = home.resolve("data/import");
        Files.createDirectories(imports);
        Files.copy(Path.of("deploy/keycloak/cartflow-realm.json"), imports.resolve("cartflow-realm.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        int port = ProdJar.freePort();
        kcLog = Files.createTempFile("keycloak", ".log");
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev", "--import-realm",
                "--http-port=" + port, "--http-management-port=" + ProdJar.freePort(), "--hostname-strict=false")
                .redirectErrorStream(true).redirectOutput(kcLog.toFile());
        pb.environment().put("JAVA_HOME", keycloakJavaHome().toString());
        pb.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        pb.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin-" + System.nanoTime());
        Instant t0 = Instant.now();
        keycloak = pb.start();
        realm = "http://localhost:" + port + "/realms/cartflow";
        awaitOk(realm + "/.well-known/openid-configuration", Duration.ofSeconds(180), keycloak, kcLog);
        System.out.println("KeycloakIT: Keycloak ready in " + Duration.between(t0, Instant.now()).toMillis() + " ms");

        pg = EmbeddedPostgres.builder().setPort(ProdJar.freePort()).start();
        Map<String, String> env = new HashMap<>(ProdDatabase.env(pg));
        env.put("CARTFLOW_OIDC_URL", realm);
        env.put("CARTFLOW_UI_SESSION_SECRET", "keycloak-it-session-secret-0123456789abcdef");
        app = ProdJar.start(env);
        app.awaitReady(Duration.ofSeconds(120));
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
        if (pg != null) {
            pg.close();
        }
        if (keycloak != null) {
            List<ProcessHandle> children = keycloak.descendants().toList();
            keycloak.destroy();
            if (!keycloak.waitFor(30, TimeUnit.SECONDS)) {
                keycloak.destroyForcibly();
            }
            children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        }
    }

    private static void awaitOk(String url, Duration timeout, Process p, Path log) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            assertTrue(p.isAlive(), "Keycloak stopped:\n" + Files.readString(log));
            try {
                if (given().get(url).statusCode() == 200) {
                    return;
                }
            } catch (Exception notYet) {
                // starting
            }
            Thread.sleep(500);
        }
        fail("Keycloak did not answer within " + timeout + ":\n" + Files.readString(log));
    }

    private static String token(String client, String user) {
        return given().contentType(ContentType.URLENC).formParam("grant_type", "password").formParam("client_id", client)
                .formParam("username", user).formParam("password", user)
                .post(realm + "/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
    }

    private static io.restassured.specification.RequestSpecification as(String user) {
        return given().baseUri(app.baseUri()).auth().oauth2(token("cartflow-demo-cli", user))
                .contentType(ContentType.JSON);
    }

    @Test
    void eachRoleGetsWhatItMayAnd403ForWhatItMayNot() {
        long patient = as("demo-coordinator").body(Api.patientBody(Api.newMrn(), "FEMALE")).post("/patients").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        as("demo-nurse").body(Api.patientBody(Api.newMrn(), "FEMALE")).post("/patients").then().statusCode(403);
        as("demo-pharmacist").get("/patients/" + patient).then().statusCode(200);
        as("demo-admin").get("/patients/" + patient).then().statusCode(403);
        long course = as("demo-physician").post("/patients/" + patient + "/courses").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as("demo-coordinator").body(Map.of("transition", "start-screening")).post("/courses/" + course + "/transitions")
                .then().statusCode(200);
        as("demo-nurse").body(Map.of("transition", "declare-eligible")).post("/courses/" + course + "/transitions")
                .then().statusCode(403);
        as("demo-admin").get("/audit/verification").then().statusCode(200).body("valid", org.hamcrest.Matchers.is(true));
        as("demo-nurse").get("/audit/verification").then().statusCode(403);
        as("demo-pharmacist2").get("/courses/" + course + "/audit").then().statusCode(200)
                .body("find { it.action == 'transition.start-screening' }.actor",
                        org.hamcrest.Matchers.is("demo-coordinator"));
    }

    @Test
    void anotherAudienceAndAnExpiredTokenAre401() throws Exception {
        String other = token("cartflow-demo-other-audience", "demo-nurse");
        given().baseUri(app.baseUri()).auth().oauth2(other).get("/rules").then().statusCode(401);
        String shortLived = token("cartflow-demo-short-lived", "demo-nurse");
        Thread.sleep(3000); // the client's access tokens live 1 s
        given().baseUri(app.baseUri()).auth().oauth2(shortLived).get("/rules").then().statusCode(401);
        given().baseUri(app.baseUri()).auth().oauth2(token("cartflow-demo-cli", "demo-nurse")).get("/rules").then()
                .statusCode(200);
    }
}

package org.cartflow.prod;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.*;

import io.restassured.http.ContentType;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
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
 * A real Keycloak (keycloak-quarkus-dist from Maven Central, no Docker) imports the production realm
 * (deploy/keycloak/cartflow-realm.json: no users, no password-grant clients) plus the demo users file
 * (deploy/keycloak/demo/cartflow-users-0.json); the demo clients are added through the admin API, as the local demo
 * does. The prod jar validates the tokens. Each demo role gets what it may and 403 for what it may not; a token for
 * another audience or an expired one gets 401; guessing passwords locks the account; pharmacists and physicians need
 * a second factor; an interactive sign-in carries auth_time, which electronic signatures need.
 */
class KeycloakIT {

    private static final String DEMO_USERS = "deploy/keycloak/demo/cartflow-users-0.json";
    private static final Path DEMO_CLIENTS = Path.of("deploy/keycloak/demo/clients");
    /** The demo users' TOTP secret (deploy/keycloak/demo/cartflow-users-0.json), as an authenticator app holds it. */
    private static final byte[] DEMO_TOTP_SECRET = "cartflow-demo-totp-secret-2026".getBytes(StandardCharsets.UTF_8);
    private static final String ADMIN_PASSWORD = "admin-" + System.nanoTime();
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

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
        // a run before this one left its database (and its admin password) behind: start from the files again
        deleteTree(home.resolve("data/h2"));
        Path imports = home.resolve("data/import");
        Files.createDirectories(imports);
        Files.copy(Path.of("deploy/keycloak/cartflow-realm.json"), imports.resolve("cartflow-realm.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(Path.of(DEMO_USERS), imports.resolve("cartflow-users-0.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        int port = ProdJar.freePort();
        kcLog = Files.createTempFile("keycloak", ".log");
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev", "--import-realm",
                "--http-port=" + port, "--http-management-port=" + ProdJar.freePort(), "--hostname-strict=false")
                .redirectErrorStream(true).redirectOutput(kcLog.toFile());
        pb.environment().put("JAVA_HOME", keycloakJavaHome().toString());
        pb.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        pb.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        Instant t0 = Instant.now();
        keycloak = pb.start();
        realm = "http://localhost:" + port + "/realms/cartflow";
        awaitOk(realm + "/.well-known/openid-configuration", Duration.ofSeconds(180), keycloak, kcLog);
        System.out.println("KeycloakIT: Keycloak ready in " + Duration.between(t0, Instant.now()).toMillis() + " ms");
        addDemoClients("http://localhost:" + port);

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

    /** The demo clients are not in the production realm: the local demo and this test add them by the admin API. */
    private static void addDemoClients(String keycloakUrl) throws Exception {
        String admin = given().contentType(ContentType.URLENC).formParam("grant_type", "password")
                .formParam("client_id", "admin-cli").formParam("username", "admin").formParam("password", ADMIN_PASSWORD)
                .post(keycloakUrl + "/realms/master/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
        try (Stream<Path> clients = Files.list(DEMO_CLIENTS)) {
            for (Path client : clients.sorted().toList()) {
                given().auth().oauth2(admin).contentType(ContentType.JSON).body(Files.readString(client))
                        .post(keycloakUrl + "/admin/realms/cartflow/clients").then().statusCode(201);
            }
        }
    }

    /** A demo user's password (the demo users file): the user name, then "-Pass-2026", to meet the password policy. */
    private static String password(String user) {
        return user + "-Pass-2026";
    }

    private static boolean needsSecondFactor(String user) {
        return user.contains("pharmacist") || user.contains("physician");
    }

    private static io.restassured.response.Response passwordGrant(String client, String user, String password,
            String totp) {
        var request = given().contentType(ContentType.URLENC).formParam("grant_type", "password")
                .formParam("client_id", client).formParam("username", user).formParam("password", password);
        if (totp != null) {
            request.formParam("totp", totp);
        }
        return request.post(realm + "/protocol/openid-connect/token");
    }

    /** Kept per client and user: a TOTP code may be used once (the realm's policy), and tokens live 5 minutes. */
    private static final Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String token(String client, String user) {
        if (client.equals("cartflow-demo-short-lived")) {
            return freshToken(client, user);
        }
        return TOKENS.computeIfAbsent(client + " " + user, k -> freshToken(client, user));
    }

    private static String freshToken(String client, String user) {
        return passwordGrant(client, user, password(user), needsSecondFactor(user) ? unusedTotp(user) : null)
                .then().statusCode(200).extract().path("access_token");
    }

    /** The step last spent per user: Keycloak refuses a one-time code used before, whichever test used it. */
    private static final Map<String, Long> SPENT_STEP = new java.util.HashMap<>();

    /** A code of a time step this user has not spent yet, waiting for the next step when the current one is. */
    private static synchronized String unusedTotp(String user) {
        long step = Instant.now().getEpochSecond() / 30;
        long spent = SPENT_STEP.getOrDefault(user, Long.MIN_VALUE);
        if (step <= spent) {
            step = spent + 1; // Keycloak's look-around window accepts the next step's code
            while (step > Instant.now().getEpochSecond() / 30 + 1) { // two steps ahead would be refused: wait
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        SPENT_STEP.put(user, step);
        return totp(Instant.ofEpochSecond(step * 30));
    }

    /**
     * The browser sign-in at the production UI client (authorization code flow with PKCE), driven over HTTP: the
     * password form, then the TOTP form when Keycloak asks for it. Null when it asks and {@code totp} is null.
     */
    private static String interactiveSignIn(String user, String totp) throws Exception {
        Map<String, String> cookies = new HashMap<>();
        byte[] random = new byte[32];
        new java.security.SecureRandom().nextBytes(random);
        String verifier = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String challenge = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                java.security.MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String redirect = "http://localhost:8080/ui/signed-in";
        var page = given().redirects().follow(false).queryParam("client_id", "cartflow-ui")
                .queryParam("response_type", "code").queryParam("scope", "openid").queryParam("redirect_uri", redirect)
                .queryParam("state", "it").queryParam("code_challenge", challenge)
                .queryParam("code_challenge_method", "S256").get(realm + "/protocol/openid-connect/auth");
        cookies.putAll(page.getCookies());
        var answer = given().redirects().follow(false).cookies(cookies).contentType(ContentType.URLENC)
                .formParam("username", user).formParam("password", password(user)).post(formAction(page.asString()));
        cookies.putAll(answer.getCookies());
        if (answer.statusCode() == 200) {
            assertTrue(answer.asString().contains("id=\"otp\""), "Keycloak asks for the one-time code");
            if (totp == null) {
                return null;
            }
            answer = given().redirects().follow(false).cookies(cookies).contentType(ContentType.URLENC)
                    .formParam("otp", totp).post(formAction(answer.asString()));
        }
        assertEquals(302, answer.statusCode(), answer.asString());
        String code = java.net.URI.create(answer.header("Location")).getQuery().replaceAll(".*(?:^|&)code=([^&]+).*", "$1");
        return given().contentType(ContentType.URLENC).formParam("grant_type", "authorization_code")
                .formParam("client_id", "cartflow-ui").formParam("code", code).formParam("redirect_uri", redirect)
                .formParam("code_verifier", verifier).post(realm + "/protocol/openid-connect/token").then()
                .statusCode(200).extract().path("access_token");
    }

    private static String formAction(String html) {
        var m = java.util.regex.Pattern.compile("<form[^>]*action=\"([^\"]+)\"").matcher(html);
        assertTrue(m.find(), "a login form");
        return m.group(1).replace("&amp;", "&");
    }

    /** RFC 6238 TOTP (HMAC-SHA1, 30 s, 6 digits), as the pharmacist's authenticator app shows it. */
    static String totp(Instant at) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA1");
            mac.init(new javax.crypto.spec.SecretKeySpec(DEMO_TOTP_SECRET, "HmacSHA1"));
            byte[] h = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(at.getEpochSecond() / 30).array());
            int o = h[h.length - 1] & 0xf;
            int code = ((h[o] & 0x7f) << 24 | (h[o + 1] & 0xff) << 16 | (h[o + 2] & 0xff) << 8 | (h[o + 3] & 0xff))
                    % 1_000_000;
            return String.format("%06d", code);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode claims(String jwt) throws Exception {
        return JSON.readTree(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
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
    void theSiteAttributeReachesTheTokensAndAnotherSitesPatientIsHidden() throws Exception {
        assertEquals("[\"main\"]", claims(token("cartflow-demo-cli", "demo-nurse")).path("site").toString());
        long patient = as("demo-coordinator").body(Api.patientBody(Api.newMrn(), "MALE")).post("/patients").then()
                .statusCode(201).body("site", org.hamcrest.Matchers.is("main")).extract().jsonPath().getLong("id");
        as("demo-coordinator-east").get("/patients/" + patient).then().statusCode(404);
        assertFalse(as("demo-coordinator-east").get("/patients").then().statusCode(200).extract().jsonPath()
                .getList("id", Long.class).contains(patient));
        as("demo-coordinator-east").body(Api.patientBody(Api.newMrn(), "MALE")).post("/patients").then().statusCode(201)
                .body("site", org.hamcrest.Matchers.is("east"));
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

    @Test
    void theProductionRealmHasNoUsersNoPasswordGrantAndShortSessions() throws Exception {
        var production = JSON.readTree(Files.readString(Path.of("deploy/keycloak/cartflow-realm.json")));
        assertFalse(production.has("users"), "users come from the hospital's directory or the demo file, not here");
        for (var client : production.get("clients")) {
            assertFalse(client.path("directAccessGrantsEnabled").asBoolean(false), client.toString());
            assertFalse(client.path("clientId").asText().contains("demo"), client.toString());
        }
        assertTrue(production.get("bruteForceProtected").asBoolean());
        assertTrue(production.get("passwordPolicy").asText().contains("length(12)"));
        assertTrue(production.get("ssoSessionIdleTimeout").asInt() <= 1800);
        assertTrue(JSON.readTree(Files.readString(Path.of(DEMO_USERS))).get("users").size() > 0);
        // the running realm agrees: the UI client does not take passwords by the password grant
        passwordGrant("cartflow-ui", "demo-nurse", password("demo-nurse"), null).then().statusCode(400)
                .body("error", org.hamcrest.Matchers.is("unauthorized_client"));
    }

    @Test
    void guessingPasswordsLocksTheAccount() {
        String user = "demo-nurse-lockout";
        passwordGrant("cartflow-demo-cli", user, password(user), null).then().statusCode(200);
        for (int i = 0; i < 5; i++) {
            passwordGrant("cartflow-demo-cli", user, "Wrong-guess-" + i, null).then().statusCode(401);
        }
        // locked for the realm's wait (5 minutes): the right password no longer opens it
        passwordGrant("cartflow-demo-cli", user, password(user), null).then()
                .statusCode(org.hamcrest.Matchers.not(200)).body("error", org.hamcrest.Matchers.is("invalid_grant"));
    }

    @Test
    void pharmacistsAndPhysiciansNeedASecondFactor() throws Exception {
        passwordGrant("cartflow-demo-cli", "demo-pharmacist2", password("demo-pharmacist2"), null).then().statusCode(401);
        passwordGrant("cartflow-demo-cli", "demo-nurse2", password("demo-nurse2"), null).then().statusCode(200);
        // the browser sign-in asks a pharmacist for the one-time code after the password
        assertNull(interactiveSignIn("demo-pharmacist", null));
    }

    @Test
    void anInteractiveSignInCarriesAuthTimeWhichSignaturesNeedAndAPasswordGrantDoesNot() throws Exception {
        Instant before = Instant.now().minusSeconds(5);
        String interactive = interactiveSignIn("demo-physician", unusedTotp("demo-physician"));
        var claims = claims(interactive);
        assertTrue(claims.path("auth_time").asLong() >= before.getEpochSecond(), claims.toString());
        assertTrue(claims.path("realm_access").path("roles").toString().contains("physician"), claims.toString());
        given().baseUri(app.baseUri()).auth().oauth2(interactive).get("/rules").then().statusCode(200);
        assertFalse(claims(token("cartflow-demo-cli", "demo-nurse")).has("auth_time"),
                "a password grant has no auth_time, so it can never sign (Signatures)");
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

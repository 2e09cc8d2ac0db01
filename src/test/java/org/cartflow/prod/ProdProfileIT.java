package org.cartflow.prod;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.cartflow.support.ProdJar;
import org.cartflow.support.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar in the prod profile: no dev identity of any kind. Without an identity provider it refuses to
 * start; with one it validates real signed tokens, and the dev-only token helper and Dev UI do not exist.
 */
class ProdProfileIT {

    private ProdJar app;

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void refusesToStartWithoutAnIdentityProvider() throws Exception {
        app = ProdJar.start(Map.of());
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
            app = ProdJar.start(Map.of("CARTFLOW_OIDC_URL", conf.get("keycloak.url") + "/realms/quarkus",
                    "CARTFLOW_UI_SESSION_SECRET", "integration-test-session-secret-0123456789"));
            app.awaitReady(Duration.ofSeconds(120));
            String base = app.baseUri();
            given().baseUri(base).auth().oauth2(Tokens.forRole("nurse")).get("/rules").then().statusCode(200);
            given().baseUri(base).auth().oauth2(Tokens.withAudience("other-app", "nurse")).get("/rules").then()
                    .statusCode(401);
            given().baseUri(base).get("/rules").then().statusCode(401);
            given().baseUri(base).auth().oauth2(Tokens.forRole("admin")).get("/dev/token/nurse").then().statusCode(404);
            given().baseUri(base).get("/q/dev-ui").then().statusCode(404);
            String out = app.output();
            assertFalse(out.contains("Dev Services for OIDC"), out);
            assertTrue(out.contains("Profile prod activated"), out);
        } finally {
            oidc.stop();
        }
    }
}

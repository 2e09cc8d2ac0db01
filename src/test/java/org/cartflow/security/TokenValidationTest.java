package org.cartflow.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPairGenerator;
import java.util.List;
import java.util.Map;
import org.cartflow.support.Tokens;
import org.junit.jupiter.api.Test;

/** quarkus-oidc checks signature, issuer, audience and expiry of every bearer token. */
@QuarkusTest
class TokenValidationTest {

    @Test
    void aValidTokenIsAccepted() {
        given().auth().oauth2(Tokens.forRole("nurse")).get("/rules").then().statusCode(200);
    }

    @Test
    void missingTokenGets401WithProblemJson() {
        given().get("/rules").then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void tokenForAnotherAudienceIsRejected() {
        given().auth().oauth2(Tokens.withAudience("some-other-app", "nurse")).get("/rules").then().statusCode(401);
    }

    @Test
    void tokenFromAnotherIssuerIsRejected() {
        given().auth().oauth2(Tokens.withIssuer("https://evil.example.com", "nurse")).get("/rules").then()
                .statusCode(401);
    }

    @Test
    void expiredTokenIsRejected() {
        given().auth().oauth2(Tokens.expired("nurse")).get("/rules").then().statusCode(401);
    }

    @Test
    void tokenSignedWithAnotherKeyIsRejected() throws Exception {
        var kpg = KeyPairGenerator.getInstance("RSA");
        kpg.initialize(2048);
        String forged = Jwt.preferredUserName("mallory").claim("realm_access", Map.of("roles", List.of("physician")))
                .issuer(Tokens.ISSUER).audience(Tokens.AUDIENCE).jws().keyId("1").sign(kpg.generateKeyPair().getPrivate());
        given().auth().oauth2(forged).get("/rules").then().statusCode(401);
    }

    @Test
    void garbageTokenIsRejected() {
        given().auth().oauth2("not-a-jwt").get("/rules").then().statusCode(401);
    }
}

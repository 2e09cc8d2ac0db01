package org.cartflow;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.Test;
import java.util.*;
import static io.restassured.RestAssured.given;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class PingTest {
    @Test
    void ping() {
        String t = Jwt.preferredUserName("n1").claim("realm_access", Map.of("roles", List.of("nurse")))
            .issuer("https://server.example.com").audience("cartflow-api").jws().keyId("1").sign();
        given().auth().oauth2(t).get("/ping").then().log().all().statusCode(200);
        String t2 = Jwt.preferredUserName("n1").claim("realm_access", Map.of("roles", List.of("nurse")))
            .issuer("https://server.example.com").audience("other").jws().keyId("1").sign();
        given().auth().oauth2(t2).get("/ping").then().log().all().statusCode(401);
    }
}

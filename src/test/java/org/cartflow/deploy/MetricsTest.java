package org.cartflow.deploy;

import static io.restassured.RestAssured.given;
import static org.cartflow.support.Api.*;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Prometheus metrics include guard refusals counted by rule ID; health includes the database. */
@QuarkusTest
class MetricsTest {

    @Test
    void guardRefusalsAreCountedByRuleId() {
        long course = courseInScreening("FEMALE");
        physician().body(Map.of("transition", "declare-eligible")).post("/courses/" + course + "/transitions").then()
                .statusCode(422);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("cartflow_guard_refusals_total{kind=\"label\",rule=\"ELIG-1\"}"))
                .body(containsString("cartflow_guard_refusals_total{kind=\"trial\",rule=\"ELIG-5\"}"));
    }

    @Test
    void readinessChecksTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }
}

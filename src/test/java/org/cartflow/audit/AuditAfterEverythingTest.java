package org.cartflow.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import org.cartflow.support.Tokens;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs after the other test classes of its Quarkus profile (junit.quarkus.orderer.secondary-orderer): every journey the suite drove through the API, with
 * every clinical row it wrote, must verify. A write that no audit event sealed (SealOnWrite, RecordSeals) shows here
 * as a row "changed after" its last event.
 */
@QuarkusTest
@Order(Integer.MAX_VALUE)
class AuditAfterEverythingTest {

    @Test
    void everyChainAndEveryClinicalRowTheSuiteWroteVerifies() {
        given().auth().oauth2(Tokens.of("it-admin", "admin")).get("/audit/verification").then().statusCode(200)
                .body("problem", nullValue()).body("valid", is(true)).body("eventsChecked", greaterThan(100));
    }
}

package org.cartflow.audit;

import static io.restassured.RestAssured.given;
import static org.cartflow.support.Api.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.cartflow.support.Tokens;
import org.junit.jupiter.api.Test;

/** Issue 20 item 4: reads of patient data and refused requests are logged; an admin lists them per patient. */
@QuarkusTest
class AccessLogTest {

    private static io.restassured.specification.RequestSpecification admin() {
        return given().auth().oauth2(Tokens.of("it-admin", "admin"));
    }

    @Test
    void readsOfAPatientAndTheirCourseAndRefusalsAreLoggedForTheAdmin() throws InterruptedException {
        long course = courseInScreening("MALE");
        long patient = coordinator().get("/courses/" + course).then().extract().jsonPath().getLong("patient.id");
        physician().get("/patients/" + patient).then().statusCode(200);
        nurse().get("/courses/" + course + "/audit").then().statusCode(200);
        given().auth().oauth2(Tokens.of("it-admin", "admin")).get("/patients/" + patient).then().statusCode(403);
        given().get("/courses/" + course).then().statusCode(401);

        List<Map<String, Object>> log = awaitEntries(patient, 4);
        assertTrue(log.stream().anyMatch(a -> "GET".equals(a.get("method")) && ("/patients/" + patient).equals(a.get("path"))
                && Integer.valueOf(200).equals(a.get("status")) && "physician".equals(a.get("actorRole"))), log.toString());
        assertTrue(log.stream().anyMatch(a -> ("/courses/" + course + "/audit").equals(a.get("path"))
                && "nurse".equals(a.get("actorRole")) && a.get("courseId") instanceof Number n && n.longValue() == course), log.toString());
        assertTrue(log.stream().anyMatch(a -> Integer.valueOf(403).equals(a.get("status")) && "it-admin".equals(a.get("actor"))),
                log.toString());
        assertTrue(log.stream().anyMatch(a -> Integer.valueOf(401).equals(a.get("status")) && a.get("actor") == null),
                log.toString());
        log.forEach(a -> assertNotNull(a.get("at")));
    }

    @Test
    void onlyTheAdminListsAccessesAndThePatientIsRequired() {
        physician().get("/audit/access?patient=1").then().statusCode(403);
        admin().get("/audit/access").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theAdminSeesAuditMetadataButNoClinicalContent() {
        long course = courseInScreening("MALE");
        transition(course, "withdraw", "patient chose palliative care", coordinator());
        admin().get("/courses/" + course + "/audit").then().statusCode(200)
                .body("find { it.action == 'transition.withdraw' }.actor", is("coord-ann"))
                .body("find { it.action == 'transition.withdraw' }.stateAfter", is("WITHDRAWN"))
                .body("find { it.action == 'transition.withdraw' }.reason", nullValue())
                .body("details", everyItem(nullValue()));
        given().auth().oauth2(Tokens.of("it-admin-physician", "admin", "physician")).get("/courses/" + course + "/audit")
                .then().statusCode(200)
                .body("find { it.action == 'transition.withdraw' }.reason", is("patient chose palliative care"));
    }

    private static List<Map<String, Object>> awaitEntries(long patient, int atLeast) throws InterruptedException {
        List<Map<String, Object>> log = List.of();
        for (int i = 0; i < 50 && log.size() < atLeast; i++) {
            JsonPath body = admin().get("/audit/access?patient=" + patient).then().statusCode(200).extract().jsonPath();
            log = body.getList("$");
            if (log.size() < atLeast) {
                Thread.sleep(100);
            }
        }
        return log;
    }
}

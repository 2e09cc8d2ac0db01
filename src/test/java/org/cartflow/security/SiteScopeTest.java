package org.cartflow.security;

import static io.restassured.RestAssured.given;
import static org.cartflow.support.Api.*;
import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cartflow.common.Role;
import org.cartflow.kernel.SiteBoundary;
import org.cartflow.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 item 5: patients and courses belong to a site; a user sees and acts on their own sites only. Another
 * site's patient is a 404 on every endpoint of the authorisation matrix for every role (as for an id that does not
 * exist), lists leave it out, a user without a site sees nothing, and a physician may break the glass to read it.
 */
@QuarkusTest
class SiteScopeTest {

    private static final String OTHER = "site-b";

    private static RequestSpecification at(String site, String user, String... roles) {
        return given().header("Authorization", "Bearer " + Tokens.atSite(site, user, roles))
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private static long patientAt(String site) {
        return at(site, "coord-" + site, Role.COORDINATOR).body(patientBody(newMrn(), "FEMALE")).post("/patients")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long courseOf(String site, long patient) {
        return at(site, "coord-" + site, Role.COORDINATOR).post("/patients/" + patient + "/courses").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void everyRoleOfAnotherSiteGets404OnEveryEndpointOfTheMatrix() {
        long patient = patientAt(OTHER);
        long course = courseOf(OTHER, patient);
        String notFound = "/courses/" + course;
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (AuthorizationMatrixTest.Endpoint ep : AuthorizationMatrixTest.endpoints(patient, course)) {
            boolean inPath = ep.path().startsWith("/courses/" + course) || ep.path().startsWith("/patients/" + patient);
            boolean inQuery = ep.path().contains("patient=" + patient);
            // FHIR's own answer to another site (404 OperationOutcome on read, an empty searchset): FhirApiTest
            if (!inPath && !inQuery || ep.path().startsWith("/fhir/")) {
                continue;
            }
            for (String role : Role.ALL) {
                var spec = given().header("Authorization", "Bearer " + Tokens.forRole(role))
                        .contentType(ContentType.JSON).accept(ContentType.JSON);
                Response r = (ep.body() == null ? spec : spec.body(ep.body())).request(ep.method(), ep.path());
                // a role that may never call an endpoint named by its query learns nothing from its 403 either
                int expected = inQuery && !ep.allowed().contains(role) ? 403 : 404;
                if (r.statusCode() != expected || !r.contentType().startsWith("application/problem+json")) {
                    failures.add(role + " " + ep.method() + " " + ep.path() + " -> " + r.statusCode() + " (should be "
                            + expected + ")");
                }
                checked++;
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(checked >= 50 * Role.ALL.size(), "endpoints checked: " + checked);
        // the other site's staff still reach it: the 404 is the site boundary, not a broken fixture
        at(OTHER, "dr-b", Role.PHYSICIAN).get(notFound).then().statusCode(200);
    }

    @Test
    void anotherSitesCourseLooksExactlyLikeOneThatDoesNotExist() {
        long course = courseOf(OTHER, patientAt(OTHER));
        long absent = course + 1_000_000;
        Map<String, Object> hidden = physician().get("/courses/" + course).then().statusCode(404).extract().jsonPath()
                .getMap("$");
        Map<String, Object> missing = physician().get("/courses/" + absent).then().statusCode(404).extract().jsonPath()
                .getMap("$");
        assertEquals(missing.get("type"), hidden.get("type"));
        assertEquals(missing.get("title"), hidden.get("title"));
        assertEquals(String.valueOf(missing.get("detail")).replace(Long.toString(absent), "#"),
                String.valueOf(hidden.get("detail")).replace(Long.toString(course), "#"));
    }

    @Test
    void listsShowOnlyTheCallersSites() {
        long mine = newPatient("MALE");
        long myCourse = newCourse(mine);
        long theirs = patientAt(OTHER);
        long theirCourse = courseOf(OTHER, theirs);
        List<Long> patients = coordinator().get("/patients").then().statusCode(200).extract().jsonPath()
                .getList("id", Long.class);
        assertTrue(patients.contains(mine));
        assertFalse(patients.contains(theirs));
        List<Long> courses = nurse().get("/courses").then().statusCode(200).extract().jsonPath().getList("id", Long.class);
        assertTrue(courses.contains(myCourse));
        assertFalse(courses.contains(theirCourse));
        List<Long> theirList = at(OTHER, "nurse-b", Role.NURSE).get("/courses").then().statusCode(200).extract()
                .jsonPath().getList("id", Long.class);
        assertTrue(theirList.contains(theirCourse));
        assertFalse(theirList.contains(myCourse));
        String mrn = at(OTHER, "coord-b", Role.COORDINATOR).get("/patients/" + theirs).then().statusCode(200).extract()
                .path("mrn");
        assertEquals(List.of(), coordinator().get("/patients?mrn=" + mrn).then().statusCode(200).extract().jsonPath()
                .getList("$"));
        assertEquals(OTHER, at(OTHER, "coord-b", Role.COORDINATOR).get("/patients/" + theirs).then().extract().path("site"));
    }

    @Test
    void aUserWithoutASiteSeesNothingAndRegistersNobody() {
        long mine = newPatient("FEMALE");
        newCourse(mine);
        RequestSpecification nobody = given().header("Authorization", "Bearer "
                + Tokens.withoutSite("coord-nowhere", Role.COORDINATOR)).contentType(ContentType.JSON);
        nobody.get("/patients/" + mine).then().statusCode(404);
        assertEquals(List.of(), nobody.get("/courses").then().statusCode(200).extract().jsonPath().getList("$"));
        assertEquals(List.of(), nobody.get("/patients").then().statusCode(200).extract().jsonPath().getList("$"));
        nobody.body(patientBody(newMrn(), "MALE")).post("/patients").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aUserOfTwoSitesNamesTheSiteAndOnlyOneOfTheirs() {
        RequestSpecification both = given().header("Authorization", "Bearer " + Tokens.atSites(java.time.Instant.now(),
                List.of(Tokens.SITE, OTHER), "coord-both", Role.COORDINATOR)).contentType(ContentType.JSON);
        both.body(patientBody(newMrn(), "MALE")).post("/patients").then().statusCode(422)
                .contentType("application/problem+json");
        Map<String, Object> body = new HashMap<>(patientBody(newMrn(), "MALE"));
        body.put("site", "site-z");
        both.body(body).post("/patients").then().statusCode(422);
        body.put("site", OTHER);
        given().header("Authorization", "Bearer " + Tokens.atSites(java.time.Instant.now(), List.of(Tokens.SITE, OTHER),
                "coord-both", Role.COORDINATOR)).contentType(ContentType.JSON).body(body).post("/patients").then()
                .statusCode(201).body("site", org.hamcrest.Matchers.is(OTHER));
        // the same MRN may exist at two sites; twice at one site it is a conflict
        String mrn = newMrn();
        coordinator().body(patientBody(mrn, "MALE")).post("/patients").then().statusCode(201);
        at(OTHER, "coord-b", Role.COORDINATOR).body(patientBody(mrn, "MALE")).post("/patients").then().statusCode(201);
        coordinator().body(patientBody(mrn, "MALE")).post("/patients").then().statusCode(409);
    }

    @Test
    void aPhysicianBreaksTheGlassToReadWithAReasonAndTheReadIsFlagged() throws InterruptedException {
        long theirs = patientAt(OTHER);
        long course = courseOf(OTHER, theirs);
        String reason = "patient collapsed in our ED, on CAR-T at site B";
        physician().header(SiteBoundary.BREAK_GLASS_HEADER, reason).get("/patients/" + theirs).then().statusCode(200);
        physician().header(SiteBoundary.BREAK_GLASS_HEADER, reason).get("/courses/" + course + "/monitoring").then()
                .statusCode(200);
        physician().header(SiteBoundary.BREAK_GLASS_HEADER, "because").get("/patients/" + theirs).then().statusCode(422)
                .contentType("application/problem+json");
        nurse().header(SiteBoundary.BREAK_GLASS_HEADER, reason).get("/patients/" + theirs).then().statusCode(404);
        physician().header(SiteBoundary.BREAK_GLASS_HEADER, reason).body(Map.of("transition", "start-screening"))
                .post("/courses/" + course + "/transitions").then().statusCode(404);

        RequestSpecification theirAdmin = at(OTHER, "admin-b", Role.ADMIN);
        List<Map<String, Object>> log = List.of();
        for (int i = 0; i < 50; i++) {
            log = theirAdmin.get("/audit/access?patient=" + theirs).then().statusCode(200).extract().jsonPath()
                    .getList("findAll { it.breakGlassReason != null }");
            if (log.size() >= 2) {
                break;
            }
            Thread.sleep(100);
        }
        assertEquals(2, log.size(), log.toString());
        assertTrue(log.stream().allMatch(a -> reason.equals(a.get("breakGlassReason")) && "dr-sato".equals(a.get("actor"))
                && Integer.valueOf(200).equals(a.get("status"))), log.toString());
        // the other site's security review lists them; the physician's own site's does not
        List<Map<String, Object>> review = theirAdmin.get("/audit/access/break-glass").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.breakGlassReason == '" + reason + "' }");
        assertTrue(review.size() >= 2, review.toString());
        assertTrue(given().auth().oauth2(Tokens.of("admin-a", Role.ADMIN)).get("/audit/access/break-glass").then()
                .statusCode(200).extract().jsonPath().getList("findAll { it.breakGlassReason == '" + reason
                        + "' }").isEmpty());
        // the admin of the physician's own site cannot list the other site's patient
        given().auth().oauth2(Tokens.of("admin-a", Role.ADMIN)).get("/audit/access?patient=" + theirs).then()
                .statusCode(404);
    }
}

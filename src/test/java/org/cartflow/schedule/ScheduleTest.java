package org.cartflow.schedule;

import static io.restassured.RestAssured.given;
import static org.cartflow.support.Api.*;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.cartflow.support.Tokens;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** GET /schedule and its iCalendar feed: collection slots, expected arrival, washout end, planned LD day 1. */
@QuarkusTest
class ScheduleTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Test
    void everyDatedStepOfActiveCoursesFilterableByType() {
        LocalDate today = LocalDate.now(TOKYO);
        // a slot booked for a course about to be collected
        long slotted = eligibleCourse();
        recordApheresisWorkUp(slotted);
        LocalDate slotDay = today.plusDays(10);
        coordinator().body(Map.of("date", slotDay.toString(), "time", "09:30", "unit", "Apheresis 3F"))
                .put("/courses/" + slotted + "/apheresis/slot").then().statusCode(200);
        // a course in manufacturing with bridging and a planned LD day 1
        long manufacturing = courseInCollection();
        recordCollectionAndShipment(manufacturing);
        transition(manufacturing, "start-manufacturing", coordinator());
        LocalDate collectedOn = LocalDate.parse(coordinator().get("/courses/" + manufacturing + "/manufacturing")
                .then().extract().jsonPath().getString("estimate.collectedOn"));
        LocalDate lastDose = today.plusDays(3);
        coordinator().body(Map.of("drug", "dexamethasone", "drugClass", "CORTICOSTEROID", "dose", "20 mg",
                "startedOn", today.toString(), "lastDoseOn", lastDose.toString()))
                .post("/courses/" + manufacturing + "/bridging/doses").then().statusCode(201);
        LocalDate ldDay1 = lastDose.plusDays(20);
        coordinator().body(Map.of("plannedLdDay1", ldDay1.toString()))
                .put("/courses/" + manufacturing + "/bridging/ld-plan").then().statusCode(200);

        String to = today.plusDays(60).toString();
        coordinator().queryParam("from", today.toString()).queryParam("to", to).get("/schedule").then()
                .statusCode(200)
                .body("types", hasItems("COLLECTION", "EXPECTED_PRODUCT_ARRIVAL", "BRIDGING_WASHOUT_END",
                        "PLANNED_LD_DAY1"))
                .body("items.find { it.courseId == " + slotted + " }.type", is("COLLECTION"))
                .body("items.find { it.courseId == " + slotted + " }.date", is(slotDay.toString()))
                .body("items.find { it.courseId == " + slotted + " }.startsAtLocal", startsWith(slotDay + "T09:30"))
                .body("items.find { it.courseId == " + manufacturing + " && it.type == 'EXPECTED_PRODUCT_ARRIVAL' }.date",
                        is(collectedOn.plusDays(32).toString()))
                .body("items.find { it.courseId == " + manufacturing + " && it.type == 'EXPECTED_PRODUCT_ARRIVAL' }.detail",
                        containsString(collectedOn.plusDays(24).toString()))
                .body("items.find { it.courseId == " + manufacturing + " && it.type == 'BRIDGING_WASHOUT_END' }.date",
                        is(lastDose.plusDays(14).toString()))
                .body("items.find { it.courseId == " + manufacturing + " && it.type == 'PLANNED_LD_DAY1' }.date",
                        is(ldDay1.toString()));
        nurse().queryParam("from", today.toString()).queryParam("to", to).queryParam("type", "COLLECTION")
                .get("/schedule").then().statusCode(200)
                .body("types", contains("COLLECTION"))
                .body("items.type", everyItem(is("COLLECTION")))
                .body("items.courseId", hasItem((int) slotted))
                .body("items.courseId", not(hasItem((int) manufacturing)));
        pharmacist().queryParam("from", today.toString()).queryParam("to", to)
                .queryParam("type", "planned_ld_day1,BRIDGING_WASHOUT_END").get("/schedule").then().statusCode(200)
                .body("items.type", everyItem(isOneOf("PLANNED_LD_DAY1", "BRIDGING_WASHOUT_END")));
        // a range that ends before the slot leaves it out
        coordinator().queryParam("from", today.toString()).queryParam("to", slotDay.minusDays(1).toString())
                .get("/schedule").then().statusCode(200).body("items.courseId", not(hasItem((int) slotted)));

        // the same as an iCalendar feed
        String ics = given().auth().oauth2(Tokens.of("coord-ann", "coordinator")).accept("text/calendar")
                .queryParam("from", today.toString()).queryParam("to", to).get("/schedule.ics").then().statusCode(200)
                .contentType(startsWith("text/calendar")).extract().asString();
        Assertions.assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        Assertions.assertTrue(ics.contains("UID:course-" + slotted + "-collection@cartflow\r\n"));
        Assertions.assertTrue(ics.contains("DTSTART;VALUE=DATE:" + ldDay1.toString().replace("-", "") + "\r\n"));
        for (String line : ics.split("\r\n")) {
            Assertions.assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        Assertions.assertFalse(ics.replace("\r\n", "").contains("\n"));
    }

    @Test
    void badParametersAreProblemsAndAdminHasNoAccess() {
        coordinator().queryParam("type", "NOPE").get("/schedule").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", is("type"));
        coordinator().queryParam("from", "2026-13-01").get("/schedule").then().statusCode(422)
                .body("errors[0].field", is("from"));
        coordinator().queryParam("from", "2026-12-10").queryParam("to", "2026-12-01").get("/schedule").then()
                .statusCode(422).body("errors[0].field", is("to"));
        coordinator().queryParam("from", "2026-01-01").queryParam("to", "2028-01-01").get("/schedule").then()
                .statusCode(422).body("errors[0].field", is("to"));
        coordinator().queryParam("from", "+999999999-12-01").get("/schedule").then().statusCode(422)
                .body("errors[0].field", is("from"));
        coordinator().get("/schedule").then().statusCode(200).body("from", notNullValue());
        admin().get("/schedule").then().statusCode(403);
        given().auth().oauth2(Tokens.of("admin-root", "admin")).accept("text/calendar").get("/schedule.ics").then()
                .statusCode(403);
        given().accept("text/calendar").get("/schedule.ics").then().statusCode(401);
    }
}

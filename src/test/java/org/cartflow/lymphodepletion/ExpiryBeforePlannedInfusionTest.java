package org.cartflow.lymphodepletion;

import static org.cartflow.support.Api.*;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * STO-2 at start-lymphodepletion: the product must still be within its expiry on the planned infusion day (day 0
 * of the verified order = LD day 1 + 5), not merely today, or the patient is lymphodepleted for nothing.
 */
@QuarkusTest
class ExpiryBeforePlannedInfusionTest {

    /** A course in PRODUCT_RECEIVED whose product expires on {@code expiry}, with a verified order for LD from today. */
    private long receivedWithExpiry(LocalDate expiry) {
        long course = eligibleCourse();
        recordApheresisWorkUp(course);
        transition(course, "start-collection", coordinator());
        recordCollectionAndManufacturing(course);
        Map<String, Object> receipt = receiptBody(course, List.of(certificateBag("BAG-" + course + "-1", 50, 420)));
        receipt.put("expiryDate", expiry.toString());
        pharmacist().body(receipt).post("/courses/" + course + "/product/receipt").then().statusCode(201);
        pharmacist().body(Map.of("location", "LN2 vapour tank 2, rack B", "temperatureC", -150))
                .post("/courses/" + course + "/product/storage").then().statusCode(200);
        transition(course, "receive-product", coordinator());
        recordVerifiedLdOrder(course, LocalDate.now(TOKYO));
        return course;
    }

    @Test
    void sto2RefusesLdStartWhenTheProductExpiresTheDayBeforePlannedDayZero() {
        LocalDate dayZero = LocalDate.now(TOKYO).plusDays(5);
        long course = receivedWithExpiry(dayZero.minusDays(1));
        coordinator().get("/courses/" + course + "/lymphodepletion").then()
                .body("plannedInfusionOn", is(dayZero.toString()));
        coordinator().body(Map.of("transition", "start-lymphodepletion")).post("/courses/" + course + "/transitions")
                .then().statusCode(422).body("ruleIds", contains("STO-2"))
                .body("refusals[0].message", allOf(containsString(dayZero.minusDays(1).toString()),
                        containsString(dayZero.toString())))
                .body("refusals[0].overridable", is(false));
        coordinator().get("/courses/" + course).then().body("state", is("PRODUCT_RECEIVED"));
    }

    @Test
    void sto2AllowsLdStartWhenTheProductIsValidOnPlannedDayZero() {
        LocalDate dayZero = LocalDate.now(TOKYO).plusDays(5);
        long course = receivedWithExpiry(dayZero);
        transition(course, "start-lymphodepletion", coordinator());
        coordinator().get("/courses/" + course).then().body("state", is("LYMPHODEPLETION"));
    }
}

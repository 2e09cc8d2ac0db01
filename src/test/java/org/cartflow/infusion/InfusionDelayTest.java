package org.cartflow.infusion;

import static org.cartflow.support.Api.*;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.cartflow.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * LD-1 with DELAY-1/2: the infusion belongs on the planned day 0. A later day is the label's "postpone until
 * recovery": confirm-infusion-ready and thaw-start on it need a physician's recorded delay (cause and reason), which
 * the journey flags, the infusion view lists, and a physician records again once it is older than the site's
 * re-confirmation interval (default 7 days).
 */
@QuarkusTest
class InfusionDelayTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private void onDay(LocalDate day, int hour) {
        clock.set(day.atTime(hour, 0).atZone(TOKYO).toInstant());
    }

    private static ValidatableResponse confirm(long course) {
        return nurse().body(Map.of("transition", "confirm-infusion-ready")).post("/courses/" + course + "/transitions")
                .then();
    }

    private static ValidatableResponse delay(long course, io.restassured.specification.RequestSpecification as,
            Map<String, Object> body) {
        return as.body(body).post("/courses/" + course + "/infusion/delay").then();
    }

    @Test
    void ld1ConfirmingTwoDaysAfterDayZeroNeedsARecordedDelayDelay2() {
        long course = courseAfterLd(clock, null);
        LocalDate day0 = plannedDayZero(course);
        onDay(day0.plusDays(2), 9);
        readyForInfusionDay(course);
        confirm(course).statusCode(422).body("ruleIds", contains("LD-1"))
                .body("refusals[0].message", allOf(containsString(day0.toString()), containsString("2 days later")));

        Map<String, Object> body = Map.of("cause", "INFECTION_OR_INFLAMMATION", "reason",
                "febrile on day 0 with a line infection; afebrile and cultures negative since day +1",
                "expectedOn", day0.plusDays(2).toString());
        delay(course, nurse(), body).statusCode(403);
        delay(course, physician(), Map.of("cause", "INFECTION_OR_INFLAMMATION", "reason", " ")).statusCode(400);
        delay(course, physician(), Map.of("cause", "OTHER", "reason", "bed", "expectedOn",
                day0.minusDays(1).toString())).statusCode(422).body("errors[0].field", is("expectedOn"));
        delay(course, physician(), body).statusCode(201)
                .body("delays", hasSize(1)).body("delays[0].ruleId", is("DELAY-2"))
                .body("delays[0].plannedDayZero", is(day0.toString())).body("delays[0].recordedBy", is("dr-sato"));
        physician().get("/courses/" + course + "/audit").then()
                .body("find { it.action == 'infusion.delay.recorded' }.reason", containsString("line infection"))
                .body("find { it.action == 'infusion.delay.recorded' }.details.ruleId", is("DELAY-2"));

        confirm(course).statusCode(200).body("state", is("INFUSION_READY"));
        // the thaw on the same later day is allowed by the same recorded delay
        onDay(day0.plusDays(2), 10);
        infuse(course, clock, clock.instant().plusSeconds(100 * 60));
        nurse().get("/courses/" + course).then().body("state", is("INFUSED")).body("dayNumber", is(0));
    }

    @Test
    void ld1AThawOnADayAfterTheConfirmedDayZeroIsRefusedUntilADelayIsRecordedDelay1() {
        long course = courseReadyForInfusion(clock);
        LocalDate day0 = plannedDayZero(course);
        // confirmed on day 0; the patient becomes hypotensive and the infusion waits to the next day
        onDay(day0.plusDays(1), 9);
        readyForInfusionDay(course);
        var bag = nurse().get("/courses/" + course + "/infusion").then().extract().jsonPath();
        long bagId = bag.getLong("bags[0].id");
        String code = bag.getString("bags[0].bagCode");
        String path = "/courses/" + course + "/infusion/bags/" + bagId + "/";
        nurse().body(premedicationBody(clock.instant())).post("/courses/" + course + "/infusion/premedication").then()
                .statusCode(201);
        nurse().body(identityBody(course, code)).post(path + "identity-check").then().statusCode(200);
        secondNurse().body(identityBody(course, code)).post(path + "identity-cosign").then().statusCode(200);
        nurse().body(Map.of("intact", true)).post(path + "inspection").then().statusCode(200);
        nurse().body(Map.of("method", "WATER_BATH", "temperatureC", 37)).post(path + "thaw-start").then()
                .statusCode(422).body("ruleIds", contains("LD-1")).body("refusals[0].message", containsString("1 days"));
        delay(course, physician(), Map.of("cause", "SERIOUS_ADVERSE_EVENT", "reason",
                "hypotension on day 0 needing fluids; recovered overnight")).statusCode(201)
                .body("delays[0].ruleId", is("DELAY-1")).body("delays[0].expectedOn", nullValue());
        nurse().body(Map.of("method", "WATER_BATH", "temperatureC", 37)).post(path + "thaw-start").then()
                .statusCode(200);
    }

    @Test
    void ld1ADelayOlderThanTheReconfirmationIntervalIsRecordedAgainBeforeTheInfusion() {
        long course = courseAfterLd(clock, null);
        LocalDate day0 = plannedDayZero(course);
        onDay(day0.plusDays(1), 9);
        delay(course, physician(), Map.of("cause", "INFECTION_OR_INFLAMMATION", "reason",
                "COVID-19 PCR positive on day 0")).statusCode(201);
        onDay(day0.plusDays(9), 9);
        readyForInfusionDay(course);
        confirm(course).statusCode(422).body("ruleIds", contains("LD-1"))
                .body("refusals[0].message", allOf(containsString(day0.plusDays(1).toString()),
                        containsString("7 days")));
        delay(course, physician(), Map.of("cause", "INFECTION_OR_INFLAMMATION", "reason",
                "PCR negative, asymptomatic for 5 days; LD not repeated after review")).statusCode(201)
                .body("delays", hasSize(2));
        confirm(course).statusCode(200);
    }

    @Test
    void ld1OnThePlannedDayZeroNoDelayIsNeededAndNoneCanBeRecordedAfterTheInfusion() {
        long course = courseReadyForInfusion(clock);
        nurse().get("/courses/" + course + "/infusion").then().body("delays", empty());
        infuse(course, clock, clock.instant().plusSeconds(110 * 60));
        delay(course, physician(), Map.of("cause", "OTHER", "reason", "late")).statusCode(409);
    }
}

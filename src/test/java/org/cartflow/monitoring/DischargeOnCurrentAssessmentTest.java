package org.cartflow.monitoring;

import static org.cartflow.support.Api.*;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.cartflow.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * MON-3/MON-4: discharge reads the patient as she is on the discharge day. A calm assessment from an earlier day
 * does not allow a discharge today; one recorded today does.
 */
@QuarkusTest
class DischargeOnCurrentAssessmentTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void mon3RefusesDischargeOnAStaleCalmAssessmentAndAllowsItOnTodays() {
        long c = courseReadyForInfusion(clock);
        Instant infusion = LocalDate.now().plusDays(170).atTime(10, 0).atZone(TOKYO).toInstant();
        infuse(c, clock, infusion);
        transition(c, "admit-for-monitoring", nurse());
        // day 13, 09:00 Tokyo: the last assessment; discharge is attempted on day 14 at 15:00
        Instant day13 = infusion.plus(Duration.ofDays(13)).minus(Duration.ofHours(1));
        clock.set(day13);
        assessedEveryDay(c, clock);
        recordCalmAssessment(c, day13);
        clock.set(infusion.plus(Duration.ofDays(14)).plus(Duration.ofHours(5)));
        nurse().body(labPanel(clock.instant())).post("/courses/" + c + "/monitoring/labs").then().statusCode(200);
        physician().body(dischargeArrangements()).put("/courses/" + c + "/monitoring/discharge-record").then()
                .statusCode(200);
        physician().body(Map.of("transition", "discharge")).post("/courses/" + c + "/transitions").then()
                .statusCode(422).body("ruleIds", contains("MON-3"))
                .body("refusals[0].message", allOf(containsString("latest CRS/ICANS assessment is from"),
                        containsString("JST"), containsString("today's assessment")))
                .body("refusals[0].overridable", is(false));
        recordCalmAssessment(c, clock.instant().minusSeconds(60));
        transition(c, "discharge", physician());
        nurse().get("/courses/" + c).then().body("state", is("OUTPATIENT_PROXIMITY"));
    }

    @Test
    void mon3RefusesDischargeWithAnUnexplainedDayWithoutAssessmentUntilAPhysicianExplainsIt() {
        long c = courseReadyForInfusion(clock);
        Instant infusion = LocalDate.now().plusDays(180).atTime(10, 0).atZone(TOKYO).toInstant();
        infuse(c, clock, infusion);
        transition(c, "admit-for-monitoring", nurse());
        // every day assessed except day 6
        for (int d = 0; d < 14; d++) {
            if (d != 6) {
                clock.set(infusion.plus(Duration.ofDays(d)).plusSeconds(600));
                recordCalmAssessment(c, clock.instant());
            }
        }
        clock.set(infusion.plus(Duration.ofDays(14)).plus(Duration.ofHours(2)));
        recordCalmAssessment(c, clock.instant());
        nurse().body(labPanel(clock.instant())).post("/courses/" + c + "/monitoring/labs").then().statusCode(200);
        physician().body(dischargeArrangements()).put("/courses/" + c + "/monitoring/discharge-record").then()
                .statusCode(200);
        physician().body(Map.of("transition", "discharge")).post("/courses/" + c + "/transitions").then()
                .statusCode(422).body("ruleIds", contains("MON-3"))
                .body("refusals[0].guard", is("NoUnexplainedMissingDayGuard"))
                .body("refusals[0].message", containsString("day(s) [6]"))
                .body("refusals[0].overridable", is(false));
        nurse().get("/courses/" + c + "/monitoring").then().body("daysWithoutAssessment", contains(6));

        String missed = "/courses/" + c + "/monitoring/missed-days";
        nurse().body(Map.of("dayNumber", 6, "reason", "x")).post(missed).then().statusCode(403);
        physician().body(Map.of("dayNumber", 5, "reason", "x")).post(missed).then().statusCode(409);
        physician().body(Map.of("dayNumber", 15, "reason", "x")).post(missed).then().statusCode(422)
                .body("errors[0].field", is("dayNumber"));
        physician().body(Map.of("dayNumber", 6, "reason", "at the PET-CT centre all day; vitals and neuro checks "
                + "on the transfer sheet, all normal")).post(missed).then().statusCode(201)
                .body("explainedMissingDays[0].dayNumber", is(6))
                .body("explainedMissingDays[0].recordedBy", is("dr-sato"));
        physician().body(Map.of("dayNumber", 6, "reason", "again")).post(missed).then().statusCode(409);
        physician().get("/courses/" + c + "/audit").then()
                .body("find { it.action == 'monitoring.missed-day.explained' }.reason", containsString("PET-CT"));
        transition(c, "discharge", physician());
    }
}

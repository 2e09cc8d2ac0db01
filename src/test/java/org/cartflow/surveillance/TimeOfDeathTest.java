package org.cartflow.surveillance;

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
 * SURV-1 survival: record-death takes the date and time of death, and overall survival counts to it, not to the
 * moment the death was documented; an open course is censored at its last contact, not at today.
 */
@QuarkusTest
class TimeOfDeathTest {

    private static final String PURPOSE = "PMDA all-case surveillance, test report";

    @Inject
    org.cartflow.surveillance.SurveillanceService surveillance;

    @Inject
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private long infusedAt(Instant infusion) {
        long c = courseReadyForInfusion(clock);
        infuse(c, clock, infusion);
        transition(c, "admit-for-monitoring", nurse());
        return c;
    }

    @Test
    void surv1DeathDocumentedLateCountsSurvivalToTheTimeOfDeath() {
        Instant infusion = LocalDate.now().plusDays(220).atTime(10, 0).atZone(TOKYO).toInstant();
        long c = infusedAt(infusion);
        clock.set(infusion.plus(Duration.ofDays(10)));
        recordCalmAssessment(c, clock.instant());
        // documented on day 40 that the patient died on day 12
        clock.set(infusion.plus(Duration.ofDays(40)));
        String path = "/courses/" + c + "/transitions";
        physician().body(Map.of("transition", "record-death", "reason", "sepsis")).post(path).then().statusCode(422)
                .body("errors.field", hasItem("occurredAt"));
        physician().body(Map.of("transition", "record-death", "reason", "sepsis",
                "occurredAt", clock.instant().plus(Duration.ofHours(1)).toString())).post(path).then().statusCode(422)
                .body("errors.find { it.field == 'occurredAt' }.message", containsString("future"));
        coordinator().get("/courses/" + c).then().body("state", is("INPATIENT_MONITORING"));
        Instant died = infusion.plus(Duration.ofDays(12)).plus(Duration.ofHours(3));
        physician().body(Map.of("transition", "record-death", "reason", "sepsis", "occurredAt", died.toString()))
                .post(path).then().statusCode(200).body("state", is("DECEASED"));
        coordinator().get("/courses/" + c).then().body("diedAt", is(died.toString()));
        physician().get("/courses/" + c + "/audit").then()
                .body("find { it.action == 'transition.record-death' }.details.diedAt", is(died.toString()))
                .body("find { it.action == 'transition.record-death' }.occurredAt",
                        startsWith(LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC).toString()));
        pharmacist().get("/surveillance/export?purpose=" + PURPOSE).then().statusCode(200)
                .body("find { it.caseId == '" + surveillance.caseId(c) + "' }.deceased", is(true))
                .body("find { it.caseId == '" + surveillance.caseId(c) + "' }.osDays", is(12));
    }

    @Test
    void surv1OpenCourseIsCensoredAtItsLastContact() {
        Instant infusion = LocalDate.now().plusDays(230).atTime(10, 0).atZone(TOKYO).toInstant();
        long c = infusedAt(infusion);
        clock.set(infusion.plus(Duration.ofDays(5)));
        recordCalmAssessment(c, clock.instant());
        // nothing recorded since day 5; the export runs on day 90
        clock.set(infusion.plus(Duration.ofDays(90)));
        pharmacist().get("/surveillance/export?purpose=" + PURPOSE).then().statusCode(200)
                .body("find { it.caseId == '" + surveillance.caseId(c) + "' }.deceased", is(false))
                .body("find { it.caseId == '" + surveillance.caseId(c) + "' }.osDays", is(5));
    }
}

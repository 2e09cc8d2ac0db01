package org.cartflow.journey;

import org.cartflow.kernel.Course;
import org.cartflow.kernel.CourseState;
import static org.cartflow.support.Api.*;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.cartflow.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class JourneyTransitionsTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** Brings a fresh course to INFUSION_READY through the API. */
    long courseReadyForInfusion() {
        return org.cartflow.support.Api.courseReadyForInfusion(clock);
    }

    @Test
    void happyPathVisitsEveryStateOfTheTable() {
        long course = courseInScreening("MALE");
        recordEligibleWorkUp(course);
        transition(course, "declare-eligible", physician());
        recordApheresisWorkUp(course);
        transition(course, "start-collection", coordinator());
        recordCollectionAndShipment(course);
        transition(course, "start-manufacturing", coordinator());
        long first = orderRun(course, null, null);
        runStatus(course, first, Map.of("status", "RELEASE_TESTING", "carTCellYieldMillions", 120.0));
        runStatus(course, first, Map.of("status", "FAILED", "note", "yield 120 x 10^6 CAR+ T cells"));
        transition(course, "report-manufacturing-failure", "yield 120 x 10^6 CAR+ T cells", coordinator());
        coordinator().get("/courses/" + course).then().body("state", is("MANUFACTURING_FAILED"));
        long second = orderRun(course, "RETAINED_MATERIAL", null);
        transition(course, "restart-manufacturing", "second run from retained material", physician());
        shipRun(course, second, 300.0);
        receiveAndStoreProduct(course);
        transition(course, "receive-product", coordinator());
        LocalDate ldDay1 = clock.instant().atZone(TOKYO).toLocalDate();
        recordVerifiedLdOrder(course, ldDay1);
        transition(course, "start-lymphodepletion", coordinator());
        giveAllLdDoses(course, ldDay1, clock);
        clock.set(plannedDayZero(course).atTime(8, 0).atZone(TOKYO).toInstant());
        readyForInfusionDay(course);
        transition(course, "confirm-infusion-ready", nurse());

        Instant infusion = LocalDate.now().plusDays(40).atTime(10, 0).atZone(ZoneId.of("Asia/Tokyo")).toInstant();
        org.cartflow.support.Api.infuse(course, clock, infusion);
        nurse().get("/courses/" + course).then().body("state", is("INFUSED")).body("dayNumber", is(0))
                .body("infusedAt", notNullValue()).body("infusedAtLocal", endsWith("+09:00"));
        transition(course, "admit-for-monitoring", nurse());
        clock.set(infusion.plus(Duration.ofDays(14)));
        readyForDischarge(course, clock);
        transition(course, "discharge", physician());
        clock.set(infusion.plus(Duration.ofDays(30)));
        transition(course, "end-proximity-period", coordinator());
        clock.set(infusion.plus(Duration.ofDays(730)));
        coordinator().body(Map.of("assessedOn", LocalDate.now().plusDays(40 + 730).toString(), "response", "CR",
                "mrd", "NEGATIVE")).post("/courses/" + course + "/monitoring/responses").then().statusCode(200);
        transition(course, "complete-follow-up", coordinator());
        coordinator().get("/courses/" + course).then().body("state", is("COMPLETED")).body("dayNumber", is(730))
                .body("nextSteps", empty());
    }

    @Test
    void everyTransitionIsRefusedFromAStateItDoesNotApplyTo() {
        long course = newCourse(newPatient("FEMALE"));
        for (Transition t : Transition.values()) {
            if (t.appliesFrom(CourseState.REFERRAL)) {
                continue;
            }
            physician().body(Map.of("transition", t.slug(), "reason", "test")).post("/courses/" + course + "/transitions")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("type", is("urn:cartflow:problem:invalid-transition"))
                    .body("detail", containsString("the course is REFERRAL"));
        }
        transition(course, "withdraw", "patient declined", coordinator());
        for (Transition t : Transition.values()) {
            physician().body(Map.of("transition", t.slug(), "reason", "test")).post("/courses/" + course + "/transitions")
                    .then().statusCode(422).body("type", is("urn:cartflow:problem:invalid-transition"));
        }
    }

    @Test
    void withdrawAndDeathApplyFromEveryNonTerminalState() {
        List<CourseState> nonTerminal = Arrays.stream(CourseState.values()).filter(s -> !s.terminal()).toList();
        for (CourseState s : nonTerminal) {
            org.junit.jupiter.api.Assertions.assertTrue(Transition.WITHDRAW.appliesFrom(s), s.name());
            org.junit.jupiter.api.Assertions.assertTrue(Transition.RECORD_DEATH.appliesFrom(s), s.name());
        }
        long course = courseInScreening("MALE");
        Instant died = Instant.now().plusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        physician().body(Map.of("transition", "record-death", "reason", "cardiac arrest",
                "occurredAt", died.toString())).post("/courses/" + course + "/transitions").then().statusCode(200);
        physician().get("/courses/" + course).then().body("state", is("DECEASED")).body("nextSteps", empty())
                .body("diedAt", is(died.toString()));
        long patient = physician().get("/courses/" + course).then().extract().jsonPath().getLong("patient.id");
        coordinator().post("/patients/" + patient + "/courses").then().statusCode(409)
                .body("detail", containsString("deceased"));
    }

    @Test
    void declareIneligibleNeedsAReasonAndClosesTheCourse() {
        long course = courseInScreening("MALE");
        physician().body(Map.of("transition", "declare-ineligible")).post("/courses/" + course + "/transitions")
                .then().statusCode(422).body("errors[0].field", is("reason"));
        transition(course, "declare-ineligible", "newly diagnosed, not relapsed", physician());
        long patient = physician().get("/courses/" + course).then().body("state", is("INELIGIBLE"))
                .extract().jsonPath().getLong("patient.id");
        // a later referral opens a new course
        coordinator().post("/patients/" + patient + "/courses").then().statusCode(201).body("state", is("REFERRAL"));
    }

    @Test
    void rolesOutsideTheTransitionAreForbidden() {
        long course = courseInScreening("MALE");
        recordEligibleWorkUp(course);
        nurse().body(Map.of("transition", "declare-eligible")).post("/courses/" + course + "/transitions")
                .then().statusCode(403).contentType("application/problem+json").body("detail", containsString("physician"));
        coordinator().body(Map.of("transition", "declare-eligible")).post("/courses/" + course + "/transitions")
                .then().statusCode(403);
        pharmacist().body(Map.of("transition", "withdraw", "reason", "x")).post("/courses/" + course + "/transitions")
                .then().statusCode(403);
        coordinator().body(Map.of("transition", "record-death", "reason", "x")).post("/courses/" + course + "/transitions")
                .then().statusCode(403);
    }

    @Test
    void nextStepsShowWhoMayActAndWhatBlocks() {
        long course = courseInScreening("MALE");
        coordinator().get("/courses/" + course).then().statusCode(200)
                .header("ETag", notNullValue())
                .body("state", is("SCREENING"))
                .body("dayNumber", nullValue())
                .body("nextSteps.transition", hasItems("declare-eligible", "declare-ineligible", "withdraw", "record-death"))
                .body("nextSteps.find { it.transition == 'declare-eligible' }.yourRoleMayTake", is(false))
                .body("nextSteps.find { it.transition == 'declare-eligible' }.blocked", is(true))
                .body("nextSteps.find { it.transition == 'declare-eligible' }.refusals.ruleId",
                        hasItems("SITE-1", "ELIG-1", "ELIG-3-JP23", "ELIG-4", "ELIG-5", "ELIG-6", "HYPERSENS-1", "CONSENT-1"))
                .body("nextSteps.find { it.transition == 'withdraw' }.yourRoleMayTake", is(true))
                .body("nextSteps.find { it.transition == 'withdraw' }.reasonRequired", is(true));
        physician().get("/courses/" + course).then()
                .body("nextSteps.find { it.transition == 'declare-eligible' }.yourRoleMayTake", is(true));
        recordEligibleWorkUp(course);
        physician().get("/courses/" + course).then()
                .body("nextSteps.find { it.transition == 'declare-eligible' }.blocked", is(false))
                .body("nextSteps.find { it.transition == 'declare-eligible' }.refusals", empty());
    }

    @Test
    void noReuseAfterInfusion() {
        long course = courseReadyForInfusion();
        // a fixed time of day: the same-day check, premedication and thaw all fall on one Tokyo date
        org.cartflow.support.Api.infuse(course, clock, LocalDate.now().plusDays(45).atTime(10, 0)
                .atZone(ZoneId.of("Asia/Tokyo")).toInstant());
        long patient = nurse().get("/courses/" + course).then().extract().jsonPath().getLong("patient.id");
        transition(course, "withdraw", "moved to another hospital", physician());
        // NOREUSE-1: an infused patient can never start another course of the product
        coordinator().post("/patients/" + patient + "/courses").then().statusCode(422)
                .contentType("application/problem+json").body("ruleIds", hasItem("NOREUSE-1"))
                .body("refusals[0].kind", is("label")).body("refusals[0].overridable", is(false));
    }

    @Test
    void noReuseGuardRefusesASecondInfusionOfTheSameCourse() {
        // The table allows record-infusion only from INFUSION_READY; the guard is the second wall if a course were
        // ever moved back there, and it names NOREUSE-1.
        long course = courseReadyForInfusion();
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            Course c = Course.findById(course);
            c.infusedAt = Instant.now().minus(Duration.ofDays(1));
        });
        nurse().body(Map.of("transition", "record-infusion")).post("/courses/" + course + "/transitions").then()
                .statusCode(422).body("ruleIds", hasItem("NOREUSE-1"))
                .body("refusals.find { it.ruleId == 'NOREUSE-1' }.guard", is("NeverInfusedBeforeGuard"))
                .body("refusals.find { it.ruleId == 'NOREUSE-1' }.message", containsString("already infused"));
        // put the course back as its audit trail sealed it (the change above is what verification reports)
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            Course c = Course.findById(course);
            c.infusedAt = null;
        });
    }

    @Test
    void dischargeBeforeDay14IsRefusedUnlessAPhysicianOverridesTheTrialRule() {
        long course = courseReadyForInfusion();
        Instant infusion = LocalDate.now().plusDays(50).atTime(9, 30).atZone(ZoneId.of("Asia/Tokyo")).toInstant();
        org.cartflow.support.Api.infuse(course, clock, infusion);
        transition(course, "admit-for-monitoring", nurse());
        clock.set(infusion.plus(Duration.ofDays(13)));
        readyForDischarge(course, clock);
        physician().body(Map.of("transition", "discharge")).post("/courses/" + course + "/transitions").then()
                .statusCode(422).contentType("application/problem+json")
                .body("ruleIds", contains("MON-1"))
                .body("refusals[0].kind", is("trial"))
                .body("refusals[0].overridable", is(true))
                .body("refusals[0].message", containsString("day 13"));
        // an override needs its reason
        physician().body(Map.of("transition", "discharge", "overrides", List.of(Map.of("ruleId", "MON-1"))))
                .post("/courses/" + course + "/transitions").then().statusCode(400)
                .body("errors.field", hasItem("overrides[0].reason"));
        // label rules are never overridable
        physician().body(Map.of("transition", "discharge", "overrides",
                List.of(Map.of("ruleId", "NOREUSE-1", "reason", "x")))).post("/courses/" + course + "/transitions")
                .then().statusCode(422).body("type", is("urn:cartflow:problem:not-overridable"));
        physician().body(Map.of("transition", "discharge", "overrides",
                List.of(Map.of("ruleId", "NOPE-9", "reason", "x")))).post("/courses/" + course + "/transitions")
                .then().statusCode(422).body("errors[0].field", is("overrides[0].ruleId"));
        physician().body(Map.of("transition", "discharge", "overrides",
                List.of(Map.of("ruleId", "MON-1", "reason", "lives next door; caregiver present; CRS resolved day 4"))))
                .post("/courses/" + course + "/transitions").then().statusCode(200).body("state", is("OUTPATIENT_PROXIMITY"));
        physician().get("/courses/" + course + "/audit").then().statusCode(200)
                .body("find { it.action == 'transition.discharge' }.details.overrides[0].ruleId", is("MON-1"))
                .body("find { it.action == 'transition.discharge' }.details.overrides[0].reason", containsString("next door"))
                .body("find { it.action == 'transition.discharge' }.actorRole", is("physician"));
    }

    @Test
    void dischargeOnDay14IsAllowedWithoutOverride() {
        long course = courseReadyForInfusion();
        Instant infusion = LocalDate.now().plusDays(60).atTime(16, 0).atZone(ZoneId.of("Asia/Tokyo")).toInstant();
        org.cartflow.support.Api.infuse(course, clock, infusion);
        transition(course, "admit-for-monitoring", nurse());
        clock.set(infusion.plus(Duration.ofDays(14)));
        readyForDischarge(course, clock);
        transition(course, "discharge", physician());
    }

    @Test
    void dayNumberCountsCalendarDaysInTheHospitalZone() {
        long course = courseReadyForInfusion();
        // 23:59 in Tokyo on day 0 ...
        Instant infusion = LocalDate.now().plusDays(70).atTime(23, 59).atZone(ZoneId.of("Asia/Tokyo")).toInstant();
        org.cartflow.support.Api.infuse(course, clock, infusion);
        nurse().get("/courses/" + course).then().body("dayNumber", is(0));
        // ... two minutes later it is already day 1 in Tokyo, although in UTC it is the same date.
        clock.set(infusion.plus(Duration.ofMinutes(2)));
        nurse().get("/courses/" + course).then().body("dayNumber", is(1));
        clock.set(infusion.plus(Duration.ofDays(14)));
        nurse().get("/courses/" + course).then().body("dayNumber", is(14));
    }
}

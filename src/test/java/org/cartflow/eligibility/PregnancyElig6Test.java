package org.cartflow.eligibility;

import static org.cartflow.support.Api.*;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cartflow.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * ELIG-6: "in principle not administered (原則として投与しないこと); only when the benefit is judged to outweigh the
 * risk". A pregnancy stops eligibility unless a physician records that judgement with a contraception plan; pregnancy
 * is re-confirmed before lymphodepletion and before the thaw (cartflow.eligibility.pregnancy-reconfirm-days, 7).
 */
@QuarkusTest
class PregnancyElig6Test {

    @Inject
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static String base(long course) {
        return "/courses/" + course + "/eligibility/";
    }

    private static void status(long course, boolean pregnant, LocalDate negativeOn) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("childbearingPotential", true, "pregnant", pregnant,
                "contraceptionCounselled", true));
        if (negativeOn != null) {
            body.put("pregnancyTestNegativeOn", negativeOn.toString());
        }
        physician().body(body).put(base(course) + "pregnancy-status").then().statusCode(200);
    }

    private static Map<String, Object> benefitRisk() {
        return Map.of("reason", "second trimester; myeloma progressing with renal failure; obstetrics and haematology "
                + "agree the benefit outweighs the risk", "contraceptionPlan",
                "after delivery: two methods for 12 months, reviewed at each follow-up");
    }

    @Test
    void elig6APregnantPatientIsEligibleOnlyWithAPhysiciansBenefitRiskDecisionAndContraceptionPlan() {
        long course = courseInScreening("FEMALE");
        recordEligibleWorkUp(course);
        status(course, true, null);
        physician().body(Map.of("transition", "declare-eligible")).post("/courses/" + course + "/transitions").then()
                .statusCode(422).body("ruleIds", contains("ELIG-6"))
                .body("refusals[0].message", containsString("pregnancy-benefit-risk"));
        // the generic override of a trial rule does not apply: the label's own exception is the recorded decision
        physician().body(Map.of("transition", "declare-eligible", "overrides",
                        List.of(Map.of("ruleId", "ELIG-6", "reason", "benefit outweighs risk"))))
                .post("/courses/" + course + "/transitions").then().statusCode(422)
                .body("errors[0].field", is("overrides[0].ruleId"));
        coordinator().body(benefitRisk()).post(base(course) + "pregnancy-benefit-risk").then().statusCode(403);
        nurse().body(benefitRisk()).post(base(course) + "pregnancy-benefit-risk").then().statusCode(403);
        physician().body(Map.of("reason", "benefit outweighs the risk")).post(base(course) + "pregnancy-benefit-risk")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", containsString("contraceptionPlan"));
        physician().body(benefitRisk()).post(base(course) + "pregnancy-benefit-risk").then().statusCode(200)
                .body("pregnancyBenefitRisk.recordedBy", is("dr-sato"))
                .body("pregnancyBenefitRisk.contraceptionPlan", containsString("two methods"))
                .body("checks.find { it.guard == 'PregnancyExcludedGuard' }.passes", is(true));
        physician().get("/courses/" + course + "/audit").then()
                .body("find { it.action == 'eligibility.pregnancy-benefit-risk.recorded' }.actorRole", is("physician"));
        transition(course, "declare-eligible", physician());
    }

    @Test
    void elig6TheDecisionAnswersOnePregnancyStatusOnly() {
        long course = courseInScreening("FEMALE");
        recordEligibleWorkUp(course);
        // no pregnancy recorded: nothing to decide
        physician().body(benefitRisk()).post(base(course) + "pregnancy-benefit-risk").then().statusCode(409);
        status(course, true, null);
        physician().body(benefitRisk()).post(base(course) + "pregnancy-benefit-risk").then().statusCode(200);
        // a new status (e.g. confirmed again a week later) needs its own decision
        status(course, true, null);
        physician().get(base(course)).then().body("pregnancyBenefitRisk", nullValue())
                .body("checks.find { it.guard == 'PregnancyExcludedGuard' }.passes", is(false));
    }

    @Test
    void elig6PregnancyIsReconfirmedBeforeLymphodepletion() {
        LocalDate today = clock.instant().atZone(TOKYO).toLocalDate();
        // a negative test 8 days old was enough for eligibility, but is older than the site's 7 days before LD
        long course = courseWithProductReceived("FEMALE", c -> status(c, false, today.minusDays(8)), null);
        recordVerifiedLdOrder(course, today);
        coordinator().body(Map.of("transition", "start-lymphodepletion")).post("/courses/" + course + "/transitions")
                .then().statusCode(422).body("ruleIds", contains("ELIG-6"))
                .body("refusals[0].message", containsString("7 days"));
        // 7 days old is still within the window
        status(course, false, today.minusDays(7));
        transition(course, "start-lymphodepletion", coordinator());
    }

    @Test
    void elig6PregnancyIsReconfirmedBeforeTheThawAndAPregnancyFoundThenNeedsTheDecision() {
        long course = courseReadyForInfusion(clock, null, "FEMALE",
                c -> status(c, false, clock.instant().atZone(TOKYO).toLocalDate()));
        Instant p = clock.instant().plus(Duration.ofMinutes(60));
        var v = nurse().get("/courses/" + course + "/infusion").then().extract().jsonPath();
        long bag = v.getLong("bags[0].id");
        String code = v.getString("bags[0].bagCode");
        String steps = "/courses/" + course + "/infusion/bags/" + bag + "/";
        clock.set(p);
        // the day-0 test is positive
        status(course, true, null);
        nurse().body(premedicationBody(p)).post("/courses/" + course + "/infusion/premedication").then().statusCode(201);
        clock.set(p.plus(Duration.ofMinutes(10)));
        nurse().body(identityBody(course, code)).post(steps + "identity-check").then().statusCode(200);
        secondNurse().body(identityBody(course, code)).post(steps + "identity-cosign").then().statusCode(200);
        nurse().body(Map.of("intact", true)).post(steps + "inspection").then().statusCode(200);
        nurse().body(Map.of("method", "WATER_BATH", "temperatureC", 37)).post(steps + "thaw-start").then()
                .statusCode(422).body("ruleIds", contains("ELIG-6"));
        physician().body(benefitRisk()).post(base(course) + "pregnancy-benefit-risk").then().statusCode(200);
        nurse().body(Map.of("method", "WATER_BATH", "temperatureC", 37)).post(steps + "thaw-start").then()
                .statusCode(200).body("bags[0].state", is("THAWING"));
    }
}

package org.cartflow.infusion;

import static org.cartflow.support.Api.*;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.cartflow.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * INF-9 downtime path: when the scanner or a label fails, the bedside identity check is typed with the reason why
 * scanning is impossible and co-signed by a second user who types the identifiers again; the infusion cannot start
 * before that, the journey is flagged and the metrics count it. Without a reason a typed check stays refused.
 */
@QuarkusTest
class ManualBedsideIdentityTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void inf9ATypedBedsideCheckNeedsAReasonAndASecondUsersCosignatureBeforeTheInfusion() {
        long course = courseReadyForInfusion(clock);
        Instant t0 = clock.instant().plusSeconds(60);
        var view = nurse().get("/courses/" + course + "/infusion").then().extract().jsonPath();
        long bagId = view.getLong("bags[0].id");
        String code = view.getString("bags[0].bagCode");
        String bag = "/courses/" + course + "/infusion/bags/" + bagId + "/";
        clock.set(t0);
        nurse().body(premedicationBody(clock.instant())).post("/courses/" + course + "/infusion/premedication").then()
                .statusCode(201);
        checkInspectAndThaw(course, bagId, code, t0.plus(Duration.ofMinutes(10)), clock);
        clock.set(t0.plus(Duration.ofMinutes(20)));
        nurse().body(Map.of("primedWithSaline", true, "leukocyteDepletingFilter", false, "productIrradiated", false))
                .post(bag + "line-setup").then().statusCode(200);

        Map<String, Object> typed = new HashMap<>(bedsideIdentityBody(course, code));
        typed.put("entry", "TYPED");
        nurse().body(typed).post(bag + "bedside-identity-check").then().statusCode(422)
                .body("ruleIds", contains("INF-9")).body("refusals[0].message", containsString("manualReason"));
        typed.put("manualReason", "barcode scanner at bed 12 out of order; label read aloud by two nurses");
        nurse().body(typed).post(bag + "bedside-identity-check").then().statusCode(200)
                .body("bags[0].nextStep", is("bedside-identity-cosign"));

        // the infusion cannot start before the second signature (even inside the premedication window)
        clock.set(t0.plus(Duration.ofMinutes(31)));
        nurse().body(Map.of("pumpRateMlMin", 5)).post(bag + "infusion-start").then().statusCode(422)
                .body("ruleIds", contains("INF-9"));
        nurse().body(typed).post(bag + "bedside-identity-cosign").then().statusCode(403)
                .body("refusals[0].ruleId", is("INF-9"));
        Map<String, Object> wrong = new HashMap<>(typed);
        wrong.put("wristband", Map.of("mrn", "OTHER-1", "familyName", "Yamada", "givenName", "Hanako",
                "birthDate", "1961-04-02", "chainOfIdentityId", identity(course)[0]));
        secondNurse().body(wrong).post(bag + "bedside-identity-cosign").then().statusCode(422)
                .body("ruleIds", contains("INF-9"));
        secondNurse().body(typed).post(bag + "bedside-identity-cosign").then().statusCode(200)
                .body("bags[0].nextStep", is("infusion-start"))
                .body("bags[0].done.step", hasItems("bedside-identity-check", "bedside-identity-cosign"));
        clock.set(t0.plus(Duration.ofMinutes(35)));
        nurse().body(Map.of("pumpRateMlMin", 5)).post(bag + "infusion-start").then().statusCode(200);

        physician().get("/courses/" + course + "/audit").then()
                .body("find { it.action == 'infusion.bag.bedside-identity-check' }.details.manualReason",
                        containsString("scanner"))
                .body("find { it.action == 'infusion.bag.bedside-identity-cosign' }.actor", is("nurse-ito"));
        String metrics = io.restassured.RestAssured.given().get("/q/metrics").then().statusCode(200).extract()
                .asString();
        org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("cartflow_bedside_manual_identity_checks_total"),
                "the manual checks are counted in the metrics");
    }

    @Test
    void inf9AScannedBedsideCheckNeedsNoSecondSignature() {
        long course = courseReadyForInfusion(clock);
        Instant end = clock.instant().plus(Duration.ofMinutes(120));
        infuse(course, clock, end);
        nurse().get("/courses/" + course + "/infusion").then()
                .body("bags[0].done.step", not(hasItem("bedside-identity-cosign")));
    }
}

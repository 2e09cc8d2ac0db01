package org.cartflow.rules;

import static org.cartflow.support.Api.*;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cartflow.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 19 item 4, the configurable case: a site that judges eligibility by the label in force on the day of the
 * eligibility decision ({@code cartflow.site.label-profile-pinned-on=eligibility-decision}). A course opened under JP
 * 2022 and decided after 2023-12-06 is judged by ELIG-3-JP23, and the audit of the decision shows the pin.
 */
@QuarkusTest
@TestProfile(ProfilePinnedOnEligibilityDecisionTest.PinnedOnDecision.class)
class ProfilePinnedOnEligibilityDecisionTest {

    public static class PinnedOnDecision implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cartflow.site.label-profile-pinned-on", "eligibility-decision");
        }
    }

    @Inject
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void elig3Jp23AppliesToADecisionTakenAfter20231206OnACourseOpenedBefore() {
        long course = courseInScreeningOpenedOn(clock, LocalDate.of(2023, 6, 1), "FEMALE");
        physician().get("/courses/" + course).then().body("labelProfile.id", is("abecma-jp-2022"));
        twoPriorLines(course);
        // before the decision the pages already judge it as it would be decided today; nothing is pinned yet
        physician().get("/courses/" + course + "/eligibility").then()
                .body("checks.find { it.guard == 'ThreePriorLinesWithKeyClassesGuard' }.passes", is(true));
        physician().get("/courses/" + course).then().body("labelProfile.id", is("abecma-jp-2022"))
                .body("nextSteps.find { it.transition == 'declare-eligible' }.blocked", is(false));
        transition(course, "declare-eligible", physician());
        physician().get("/courses/" + course).then().body("labelProfile.id", is("abecma-jp-2023-12-06"));
        physician().get("/courses/" + course + "/audit").then()
                .body("find { it.action == 'transition.declare-eligible' }.details.labelProfile.from",
                        is("abecma-jp-2022"))
                .body("find { it.action == 'transition.declare-eligible' }.details.labelProfile.to",
                        is("abecma-jp-2023-12-06"))
                .body("find { it.action == 'transition.declare-eligible' }.details.labelProfile.pinnedOn",
                        is("eligibility-decision"));
    }

    @Test
    void elig3ADecisionTakenBefore20231206StaysUnderJp2022AndARefusalPinsNothing() {
        long course = courseInScreeningOpenedOn(clock, LocalDate.of(2023, 6, 1), "MALE");
        twoPriorLines(course);
        clock.set(LocalDate.of(2023, 12, 5).atTime(15, 0).atZone(TOKYO).toInstant());
        physician().body(Map.of("transition", "declare-eligible")).post("/courses/" + course + "/transitions").then()
                .statusCode(422).body("ruleIds", hasItem("ELIG-3")).body("ruleIds", not(hasItem("ELIG-3-JP23")))
                .body("profile", is("abecma-jp-2022"));
        clock.reset();
        physician().get("/courses/" + course).then().body("labelProfile.id", is("abecma-jp-2022"));
    }
}

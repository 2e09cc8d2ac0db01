package org.cartflow.rules;

import static org.cartflow.support.Api.*;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cartflow.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Label versions as data (issue 19, first slice): ELIG-3 of JP 2022 (at least 3 prior therapies) and ELIG-3-JP23
 * (at least 2, from 2023-12-06). A course is judged by the profile in force when it was opened; a physician may
 * move an open course to the newer one with a recorded reason.
 */
@QuarkusTest
class LabelProfileTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void elig3Jp23TwoPriorTherapiesAreEnoughForACourseOpenedAfter20231206() {
        long course = courseInScreening("MALE");
        physician().get("/courses/" + course).then().body("labelProfile.id", is("abecma-jp-2023-12-06"))
                .body("labelProfile.version", is("2023-12-06"));
        twoPriorLines(course);
        physician().get("/courses/" + course + "/eligibility").then()
                .body("checks.find { it.guard == 'ThreePriorLinesWithKeyClassesGuard' }.passes", is(true));
        transition(course, "declare-eligible", physician());
    }

    @Test
    void elig3ACourseOpenedUnderTheJp2022LabelStaysRefusedUntilAPhysicianMovesItWithAReason() {
        long course = courseInScreeningOpenedOn(clock, LocalDate.of(2023, 6, 1), "FEMALE");
        physician().get("/courses/" + course).then().body("labelProfile.id", is("abecma-jp-2022"));
        twoPriorLines(course);
        physician().body(Map.of("transition", "declare-eligible")).post("/courses/" + course + "/transitions").then()
                .statusCode(422).body("ruleIds", contains("ELIG-3"))
                .body("profile", is("abecma-jp-2022")).body("profileVersion", is("2022"))
                .body("refusals[0].message", containsString("3"));
        String move = "/courses/" + course + "/label-profile";
        Map<String, Object> body = Map.of("profile", "abecma-jp-2023-12-06", "reason",
                "JP partial change of 2023-12-06 (two prior therapies) applies; decision re-taken under it");
        coordinator().body(body).post(move).then().statusCode(403);
        physician().body(Map.of("profile", "abecma-jp-2023-12-06")).post(move).then().statusCode(400);
        physician().body(Map.of("profile", "abecma-jp-2022", "reason", "x")).post(move).then().statusCode(422)
                .body("errors[0].field", is("profile"));
        physician().body(Map.of("profile", "abecma-us-2024", "reason", "x")).post(move).then().statusCode(422)
                .body("errors[0].field", is("profile"));
        physician().body(body).post(move).then().statusCode(200)
                .body("labelProfile.id", is("abecma-jp-2023-12-06"));
        physician().get("/courses/" + course + "/audit").then()
                .body("find { it.action == 'course.label-profile.moved' }.details.from", is("abecma-jp-2022"))
                .body("find { it.action == 'course.label-profile.moved' }.details.to", is("abecma-jp-2023-12-06"))
                .body("find { it.action == 'course.label-profile.moved' }.reason", containsString("2023-12-06"));
        transition(course, "declare-eligible", physician());
        // a newer profile of the same jurisdiction is needed: moving back is refused
        physician().body(Map.of("profile", "abecma-jp-2022", "reason", "x")).post(move).then().statusCode(422);
    }

    @Test
    void elig3Jp23AlsoNeedsTheKeyClassesAndRefusesOneLineUnderItsOwnId() {
        long course = courseInScreening("MALE");
        recordEligibleWorkUp(course, () -> addLine(course, 1,
                List.of("IMMUNOMODULATORY_DRUG", "PROTEASOME_INHIBITOR", "ANTI_CD38_ANTIBODY"), "PROGRESSED_ON"));
        physician().body(Map.of("transition", "declare-eligible")).post("/courses/" + course + "/transitions").then()
                .statusCode(422).body("ruleIds", contains("ELIG-3-JP23"))
                .body("profile", is("abecma-jp-2023-12-06")).body("profileVersion", is("2023-12-06"))
                .body("refusals[0].message", containsString("2"));
    }

    @Test
    void theProfilesAreListedWithTheirDatesSourcesAndNumbers() {
        nurse().get("/label-profiles").then().statusCode(200)
                .body("id", contains("abecma-jp-2022", "abecma-jp-2023-12-06"))
                .body("find { it.id == 'abecma-jp-2022' }.values.priorLinesMinimum", is(3))
                .body("find { it.id == 'abecma-jp-2022' }.effectiveTo", is("2023-12-05"))
                .body("find { it.id == 'abecma-jp-2023-12-06' }.values.priorLinesMinimum", is(2))
                .body("find { it.id == 'abecma-jp-2023-12-06' }.rules.prior-lines", is("ELIG-3-JP23"))
                .body("find { it.id == 'abecma-jp-2023-12-06' }.source", containsString("ABECMA-REVISIONS.md"));
        nurse().get("/rules").then().body("find { it.id == 'ELIG-3-JP23' }.guards[0].guard",
                is("ThreePriorLinesWithKeyClassesGuard"));
    }
}

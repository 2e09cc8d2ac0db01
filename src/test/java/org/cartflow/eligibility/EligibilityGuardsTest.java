package org.cartflow.eligibility;

import static org.cartflow.support.Api.*;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each eligibility guard both ways: a full work-up passes; one finding changed refuses with that rule only. */
@QuarkusTest
class EligibilityGuardsTest {

    private static String base(long course) {
        return "/courses/" + course + "/eligibility/";
    }

    private static ValidatableResponse declare(long course) {
        return physician().body(Map.of("transition", "declare-eligible")).post("/courses/" + course + "/transitions")
                .then();
    }

    @jakarta.inject.Inject
    org.cartflow.support.MutableClock clock;

    @org.junit.jupiter.api.AfterEach
    void realTime() {
        clock.reset();
    }

    /** ELIG-3 as the 2022 label words it (at least 3 prior therapies): a course opened before 2023-12-06. */
    private long courseInScreeningUnderJp2022() {
        return courseInScreeningOpenedOn(clock, LocalDate.of(2023, 6, 1), "MALE");
    }

    private static long workedUpCourse() {
        long course = courseInScreening("MALE");
        recordEligibleWorkUp(course);
        return course;
    }

    private static void refusedOnlyBy(long course, String ruleId, String messagePart) {
        declare(course).statusCode(422).contentType("application/problem+json")
                .body("type", is("urn:cartflow:problem:guard-refused"))
                .body("ruleIds", contains(ruleId))
                .body("refusals.message", hasItem(containsString(messagePart)));
        coordinator().get("/courses/" + course).then().body("state", is("SCREENING"));
    }

    @Test
    void completeWorkUpPassesEveryGuard() {
        long course = workedUpCourse();
        coordinator().get(base(course)).then().statusCode(200)
                .body("checks", hasSize(9))
                .body("checks.passes", everyItem(is(true)))
                .body("checks.ruleIds.flatten()", hasItems("SITE-1", "ELIG-1", "ELIG-2", "ELIG-3", "ELIG-3-JP23", "ELIG-4", "ELIG-5",
                        "ELIG-6", "HYPERSENS-1", "CONSENT-1"));
        declare(course).statusCode(200).body("state", is("ELIGIBLE"));
    }

    @Test
    void emptyWorkUpIsRefusedNamingEveryMissingFinding() {
        long course = courseInScreening("FEMALE");
        declare(course).statusCode(422)
                // a course opened today is judged by JP 2023-12-06, whose prior-therapy rule is ELIG-3-JP23
                .body("ruleIds", containsInAnyOrder("SITE-1", "ELIG-1", "ELIG-3-JP23", "ELIG-4", "ELIG-5", "ELIG-6",
                        "HYPERSENS-1", "CONSENT-1"))
                .body("refusals.guard", hasItem("SiteQualifiedGuard"))
                .body("refusals.find { it.ruleId == 'ELIG-5' }.overridable", is(true))
                .body("refusals.find { it.ruleId == 'ELIG-1' }.overridable", is(false));
    }

    /**
     * The work-up is read in one statement (EligibilityFactsLoader): the latest of each finding counts, and every
     * therapy line comes in line order whatever the order it was recorded in.
     */
    @Test
    void theWorkUpReadsTheLatestOfEachFindingAndEveryLineInLineOrder() {
        long course = courseInScreening("MALE");
        recordEligibleWorkUp(course, () -> {
            addLine(course, 3, List.of("ANTI_CD38_ANTIBODY", "IMMUNOMODULATORY_DRUG"), "PROGRESSED_ON");
            addLine(course, 1, List.of("IMMUNOMODULATORY_DRUG", "CORTICOSTEROID"), "RELAPSED_AFTER");
            addLine(course, 2, List.of("PROTEASOME_INHIBITOR"), "RELAPSED_AFTER");
        });
        String today = LocalDate.now().toString();
        physician().body(Map.of("score", 2, "assessedOn", today)).put(base(course) + "ecog").then().statusCode(200)
                .body("ecog.score", is(2))
                .body("checks.find { it.guard == 'EcogZeroOrOneGuard' }.passes", is(false));
        physician().body(Map.of("score", 0, "assessedOn", today)).put(base(course) + "ecog").then().statusCode(200)
                .body("ecog.score", is(0))
                .body("therapyLines.lineNumber", contains(1, 2, 3))
                .body("checks.passes", everyItem(is(true)));
        declare(course).statusCode(200).body("state", is("ELIGIBLE"));
    }

    @Test
    void site1NeedsCrsCapabilityExperienceAndTraining() {
        long course = workedUpCourse();
        physician().body(Map.of("siteCode", "TKY-01", "siteName", "Tokyo General", "crsEmergencyCapable", false,
                "treatingPhysician", "dr-sato", "hemeSctExperienced", true, "manufacturerTrainingOn", "2026-01-15"))
                .put(base(course) + "site-qualification").then().statusCode(200);
        refusedOnlyBy(course, "SITE-1", "CRS emergencies");
        physician().body(Map.of("siteCode", "TKY-01", "siteName", "Tokyo General", "crsEmergencyCapable", true,
                "treatingPhysician", "dr-sato", "hemeSctExperienced", false))
                .put(base(course) + "site-qualification").then().statusCode(200);
        declare(course).statusCode(422).body("refusals.message",
                hasItems(containsString("stem-cell transplantation"), containsString("manufacturer training")));
    }

    @Test
    void elig1RequiresRelapsedOrRefractoryMyeloma() {
        long course = workedUpCourse();
        physician().body(Map.of("diagnosis", "MULTIPLE_MYELOMA", "diseaseStatus", "NEWLY_DIAGNOSED"))
                .put(base(course) + "diagnosis").then().statusCode(200);
        refusedOnlyBy(course, "ELIG-1", "relapsed or refractory");
        physician().body(Map.of("diagnosis", "OTHER", "diseaseStatus", "RELAPSED"))
                .put(base(course) + "diagnosis").then().statusCode(200);
        refusedOnlyBy(course, "ELIG-1", "multiple myeloma only");
        physician().body(Map.of("diagnosis", "MULTIPLE_MYELOMA", "diseaseStatus", "REFRACTORY"))
                .put(base(course) + "diagnosis").then().statusCode(200);
        declare(course).statusCode(200);
    }

    @Test
    void elig2RefusesPriorBcmaCarT() {
        long course = workedUpCourse();
        addLine(course, 4, List.of("BCMA_CAR_T"), "PROGRESSED_ON");
        refusedOnlyBy(course, "ELIG-2", "BCMA-targeted CAR-T");
    }

    @Test
    void elig3CountsLinesAndRequiredClasses() {
        long course = courseInScreeningUnderJp2022();
        recordEligibleWorkUp(course);
        long line3 = coordinator().get(base(course)).then().extract().jsonPath()
                .getLong("therapyLines.find { it.lineNumber == 3 }.id");
        // retract line 3 (the only anti-CD38 line): two lines left and anti-CD38 missing
        coordinator().body(Map.of("reason", "entered for the wrong patient"))
                .post(base(course) + "therapy-lines/" + line3 + "/retraction").then().statusCode(200)
                .body("therapyLines.find { it.id == " + line3 + " }.retracted", is(true));
        addLine(course, 3, List.of("ALKYLATING_AGENT"), "PROGRESSED_ON");
        refusedOnlyBy(course, "ELIG-3", "ANTI_CD38_ANTIBODY");
        addLine(course, 4, List.of("ANTI_CD38_ANTIBODY"), "PROGRESSED_ON");
        declare(course).statusCode(200);
    }

    @Test
    void elig3RefusesFewerThanThreeLines() {
        long course = courseInScreeningUnderJp2022();
        recordEligibleWorkUp(course);
        long line1 = coordinator().get(base(course)).then().extract().jsonPath()
                .getLong("therapyLines.find { it.lineNumber == 1 }.id");
        coordinator().body(Map.of("reason", "duplicate")).post(base(course) + "therapy-lines/" + line1 + "/retraction")
                .then().statusCode(200);
        refusedOnlyBy(course, "ELIG-3", "2 prior line(s)");
    }

    @Test
    void elig4RequiresProgressionOnTheLastLine() {
        long course = workedUpCourse();
        addLine(course, 4, List.of("OTHER"), "RESPONSE_ONGOING");
        refusedOnlyBy(course, "ELIG-4", "RESPONSE_ONGOING");
        addLine(course, 5, List.of("OTHER"), "RELAPSED_AFTER");
        declare(course).statusCode(200);
    }

    @Test
    void elig5EcogAboveOneIsATrialRuleAPhysicianMayOverride() {
        long course = workedUpCourse();
        physician().body(Map.of("score", 2, "assessedOn", LocalDate.now().toString())).put(base(course) + "ecog")
                .then().statusCode(200);
        declare(course).statusCode(422).body("ruleIds", contains("ELIG-5"))
                .body("refusals[0].kind", is("trial")).body("refusals[0].overridable", is(true));
        physician().body(Map.of("transition", "declare-eligible", "overrides",
                List.of(Map.of("ruleId", "ELIG-5", "reason", "ECOG 2 from bone pain only; expected to improve"))))
                .post("/courses/" + course + "/transitions").then().statusCode(200).body("state", is("ELIGIBLE"));
        coordinator().get("/courses/" + course + "/audit").then()
                .body("find { it.action == 'transition.declare-eligible' }.details.overrides[0].ruleId", is("ELIG-5"));
    }

    @Test
    void elig5PassesAtOne() {
        long course = workedUpCourse();
        physician().body(Map.of("score", 0, "assessedOn", LocalDate.now().toString())).put(base(course) + "ecog")
                .then().statusCode(200);
        declare(course).statusCode(200);
    }

    @Test
    void elig6RefusesPregnancyAndNeedsTestAndCounselling() {
        long course = courseInScreening("FEMALE");
        recordEligibleWorkUp(course);
        physician().body(Map.of("childbearingPotential", true, "pregnant", true, "contraceptionCounselled", true))
                .put(base(course) + "pregnancy-status").then().statusCode(200);
        refusedOnlyBy(course, "ELIG-6", "pregnant");
        physician().body(Map.of("childbearingPotential", true, "pregnant", false, "contraceptionCounselled", false))
                .put(base(course) + "pregnancy-status").then().statusCode(200);
        declare(course).statusCode(422).body("ruleIds", contains("ELIG-6"))
                .body("refusals.message", hasItems(containsString("negative pregnancy test"), containsString("contraception")));
        physician().body(Map.of("childbearingPotential", true, "pregnant", false, "contraceptionCounselled", true,
                "pregnancyTestNegativeOn", LocalDate.now().toString()))
                .put(base(course) + "pregnancy-status").then().statusCode(200);
        declare(course).statusCode(200);
    }

    @Test
    void hypersens1RefusesAComponentAllergy() {
        long course = workedUpCourse();
        physician().body(Map.of("dmso", true, "humanSerumAlbumin", false, "electrolyteSolution", false))
                .put(base(course) + "hypersensitivity").then().statusCode(200);
        refusedOnlyBy(course, "HYPERSENS-1", "DMSO");
        Map<String, Object> other = new HashMap<>(Map.of("dmso", false, "humanSerumAlbumin", false,
                "electrolyteSolution", false, "otherComponent", "dextran"));
        physician().body(other).put(base(course) + "hypersensitivity").then().statusCode(200);
        refusedOnlyBy(course, "HYPERSENS-1", "dextran");
    }

    @Test
    void consent1RequiresWrittenConsent() {
        long course = workedUpCourse();
        physician().body(Map.of("signedOn", LocalDate.now().toString(), "signedBy", "FAMILY", "signerName", "Yamada Jiro",
                "explainedBy", "dr-sato", "documentReference", "IC-2026-002", "written", false))
                .put(base(course) + "consent").then().statusCode(200);
        refusedOnlyBy(course, "CONSENT-1", "written");
    }

    @Test
    void workUpIsClosedOnceEligibilityIsDecided() {
        long course = workedUpCourse();
        declare(course).statusCode(200);
        physician().body(Map.of("score", 3, "assessedOn", LocalDate.now().toString())).put(base(course) + "ecog")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("closed"));
        // a hypersensitivity found later is still recorded: it must stop the infusion (HYPERSENS-1)
        physician().body(Map.of("dmso", true, "humanSerumAlbumin", false, "electrolyteSolution", false))
                .put(base(course) + "hypersensitivity").then().statusCode(200);
    }

    @Test
    void everyFindingIsAudited() {
        long course = workedUpCourse();
        coordinator().get("/courses/" + course + "/audit").then().statusCode(200)
                .body("action", hasItems("course.opened", "transition.start-screening",
                        "eligibility.site-qualification.recorded", "eligibility.diagnosis.recorded",
                        "eligibility.therapy-line.recorded", "eligibility.ecog.recorded",
                        "eligibility.pregnancy-status.recorded", "eligibility.hypersensitivity.recorded",
                        "eligibility.treatment-consent.recorded"))
                .body("find { it.action == 'eligibility.ecog.recorded' }.actor", is("dr-sato"))
                .body("find { it.action == 'eligibility.ecog.recorded' }.actorRole", is("physician"))
                .body("find { it.action == 'eligibility.ecog.recorded' }.details.ecog.score", is(1));
    }

    @Test
    void duplicateLineNumberAndBadDatesAreRefused() {
        long course = workedUpCourse();
        physician().body(Map.of("lineNumber", 1, "regimen", "VRd", "agentClasses", List.of("PROTEASOME_INHIBITOR"),
                "startedOn", "2023-01-01", "outcome", "RELAPSED_AFTER"))
                .post(base(course) + "therapy-lines").then().statusCode(409);
        physician().body(Map.of("lineNumber", 9, "regimen", "VRd", "agentClasses", List.of("PROTEASOME_INHIBITOR"),
                "startedOn", "2023-05-01", "endedOn", "2023-01-01", "outcome", "RELAPSED_AFTER"))
                .post(base(course) + "therapy-lines").then().statusCode(422).body("errors[0].field", is("endedOn"));
    }
}

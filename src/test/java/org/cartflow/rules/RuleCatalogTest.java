package org.cartflow.rules;

import static org.cartflow.support.Api.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cartflow.kernel.Command;
import org.cartflow.kernel.CommandGuard;
import org.cartflow.kernel.DeclaredGuard;
import org.cartflow.kernel.Guard;
import org.cartflow.journey.StageCommands;
import org.cartflow.kernel.GuardEvaluator;
import org.cartflow.journey.Transition;
import org.junit.jupiter.api.Test;

/** The catalog is the shared label digest, every guard names known rules, every live stage's rules are guarded. */
@QuarkusTest
class RuleCatalogTest {

    @Inject
    RuleCatalog catalog;

    @Inject
    GuardEvaluator guards;

    @Test
    void shippedCatalogIsTheSharedLabelDigest() throws IOException {
        Path shared = Path.of("..", "shared", "label", "RULES.md");
        assertTrue(Files.exists(shared), "../shared/label/RULES.md must sit beside the checkout (as on CI)");
        String source = Files.readString(shared, StandardCharsets.UTF_8);
        String copy = Files.readString(Path.of("src/main/resources/label/RULES.md"), StandardCharsets.UTF_8);
        assertEquals(source, copy, "src/main/resources/label/RULES.md differs from ../shared/label/RULES.md: copy it over");
        java.util.Set<String> expected = new java.util.HashSet<>(RuleCatalog.parse(source).keySet());
        expected.addAll(RuleCatalog.parse(Files.readString(Path.of("src/main/resources/label/RULES-revisions.md"),
                StandardCharsets.UTF_8)).keySet());
        assertEquals(expected, Map.copyOf(catalogAsMap()).keySet());
    }

    private Map<String, Rule> catalogAsMap() {
        Map<String, Rule> m = new HashMap<>();
        catalog.all().forEach(r -> m.put(r.id(), r));
        return m;
    }

    @Test
    void adoptedRevisionRowsAreCopiedVerbatimFromTheSharedRevisions() throws IOException {
        String shared = Files.readString(Path.of("..", "shared", "label", "revisions", "ABECMA-REVISIONS.md"),
                StandardCharsets.UTF_8);
        List<String> rows = Files.readAllLines(Path.of("src/main/resources/label/RULES-revisions.md"),
                StandardCharsets.UTF_8).stream().filter(l -> l.matches("^\\| [A-Z]+-.*")).toList();
        assertTrue(!rows.isEmpty());
        for (String row : rows) {
            assertTrue(shared.lines().anyMatch(row::equals), "not in ABECMA-REVISIONS.md: " + row);
        }
        assertEquals(RuleKind.LABEL, catalog.get("ELIG-3-JP23").kind());
        assertTrue(catalog.get("ELIG-3-JP23").text().contains("At least **2** prior therapies"));
    }

    @Test
    void catalogHasTheRulesOfEverySection() {
        assertEquals(RuleKind.LABEL, catalog.get("LD-1").kind());
        assertEquals(RuleKind.TRIAL, catalog.get("ELIG-5").kind());
        assertEquals(RuleKind.INFO, catalog.get("MFG-INFO").kind());
        assertTrue(catalog.get("INF-11").text().contains("1 hour"));
        // 59 rules of RULES.md and the revision rules a label profile adopts (ELIG-3-JP23)
        assertTrue(catalog.all().size() == 60, "parsed " + catalog.all().size() + " rules");
    }

    @Test
    void everyRuleBelongsToExactlyOneStageAndEveryStageRuleExists() {
        List<String> problems = new ArrayList<>();
        for (Rule r : catalog.all()) {
            long owners = java.util.Arrays.stream(Stage.values()).filter(s -> s.ruleIds().contains(r.id())).count();
            if (owners != 1) {
                problems.add(r.id() + " is in " + owners + " stages");
            }
        }
        for (Stage s : Stage.values()) {
            s.ruleIds().stream().filter(id -> catalog.find(id).isEmpty())
                    .forEach(id -> problems.add(s + " names unknown rule " + id));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyGuardNamesKnownRulesAndIsWiredToATransitionOrCommand() {
        List<DeclaredGuard> all = guards.all();
        assertFalse(all.isEmpty());
        for (DeclaredGuard g : all) {
            assertFalse(g.ruleIds().isEmpty(), g.name());
            for (String id : g.ruleIds()) {
                assertTrue(catalog.find(id).isPresent(), g.name() + " names unknown rule " + id);
            }
        }
        for (Transition t : Transition.values()) {
            for (var type : t.guards()) {
                assertTrue(all.stream().anyMatch(type::isInstance), t + " uses " + type + " which is not a bean");
            }
        }
        for (Command c : StageCommands.ALL) {
            for (var type : c.guards()) {
                assertTrue(all.stream().anyMatch(type::isInstance), c.slug() + " uses " + type + " which is not a bean");
            }
        }
        for (DeclaredGuard g : all) {
            if (g instanceof CommandGuard<?>) {
                assertTrue(StageCommands.ALL.stream().anyMatch(c -> c.guards().stream().anyMatch(x -> x.isInstance(g))),
                        g.name() + " is declared but no command lists it");
            }
        }
        assertEquals(StageCommands.ALL.size(), StageCommands.ALL.stream().map(Command::slug).distinct().count(),
                "command slugs are unique");
    }

    @Test
    void everyLabelAndTrialRuleOfALiveStageHasAGuard() {
        List<DeclaredGuard> all = guards.all();
        List<String> unguarded = new ArrayList<>();
        for (Rule r : catalog.all()) {
            if (r.kind() == RuleKind.INFO || r.stage() == null || !r.stage().live()) {
                continue;
            }
            if (all.stream().noneMatch(g -> g.ruleIds().contains(r.id()))) {
                unguarded.add(r.id());
            }
        }
        assertTrue(unguarded.isEmpty(), "Rules of live stages without a guard: " + unguarded);
        assertTrue(Stage.ELIGIBILITY.live());
    }

    @Test
    void rulesEndpointListsEveryRuleWithItsGuards() {
        nurse().get("/rules").then().statusCode(200)
                .body("size()", is(catalog.all().size()))
                .body("find { it.id == 'ELIG-3' }.kind", is("LABEL"))
                .body("find { it.id == 'ELIG-3' }.stage", is("ELIGIBILITY"))
                .body("find { it.id == 'ELIG-3' }.guards[0].guard", is("ThreePriorLinesWithKeyClassesGuard"))
                .body("find { it.id == 'ELIG-3' }.guards[0].transitions", contains("declare-eligible"))
                .body("find { it.id == 'MON-1' }.kind", is("TRIAL"))
                .body("find { it.id == 'NOREUSE-1' }.guards.find { it.guard == 'NeverInfusedBeforeGuard' }.transitions",
                        hasItem("record-infusion"))
                .body("find { it.id == 'NOREUSE-1' }.guards.find { it.guard == 'CourseNotInfusedGuard' }.commands",
                        hasItems("thaw-start", "infusion-start", "not-infusable"))
                .body("find { it.id == 'HYPERSENS-1' }.guards[0].transitions",
                        hasItems("declare-eligible", "confirm-infusion-ready"))
                .body("find { it.id == 'INF-7' }.guards.find { it.guard == 'ThawBathTemperatureGuard' }.commands",
                        contains("thaw-start"))
                .body("find { it.id == 'LD-3' }.guards.find { it.guard == 'RecomputedDoseGuard' }.commands",
                        contains("ld-order-verification"))
                .body("find { it.id == 'BRG-1' }.guards.guard", hasItems("AllowedBridgingClassGuard",
                        "BridgingDoseGuard"));
    }

    @Test
    void stepsEndpointListsEveryTransitionAndCommandWithItsRolesAndGuards() {
        pharmacist().get("/rules/steps").then().statusCode(200)
                .body("size()", is(Transition.values().length + StageCommands.ALL.size()))
                .body("find { it.slug == 'declare-eligible' }.kind", is("TRANSITION"))
                .body("find { it.slug == 'declare-eligible' }.roles", contains("physician"))
                .body("find { it.slug == 'declare-eligible' }.guards.find { it.guard == "
                        + "'ThreePriorLinesWithKeyClassesGuard' }.ruleIds", hasItem("ELIG-3"))
                .body("find { it.slug == 'ld-order-verification' }.kind", is("COMMAND"))
                .body("find { it.slug == 'ld-order-verification' }.roles", contains("pharmacist"))
                .body("find { it.slug == 'ld-order-verification' }.guards.guard", contains("RecomputedDoseGuard"))
                .body("find { it.slug == 'ld-order-verification' }.guards[0].ruleIds", hasItem("LD-3"))
                .body("find { it.slug == 'ld-dose' }.roles", contains("nurse"))
                .body("find { it.slug == 'pregnancy-benefit-risk' }.roles", contains("physician"))
                .body("find { it.slug == 'tocilizumab-stock' }.roles", containsInAnyOrder("nurse", "pharmacist"));
    }

    /** CommandRunner refuses a command without roles; this says which commands are run without it, and why. */
    @Test
    void everyCommandThatWritesDeclaresWhoMayGiveIt() {
        // ld-calculation is the LD calculator's preview: it writes nothing, so it is not run through the runner
        assertEquals(List.of("ld-calculation"),
                StageCommands.ALL.stream().filter(c -> c.roles().isEmpty()).map(Command::slug).toList());
    }
}

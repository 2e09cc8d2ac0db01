package org.cartflow.rules;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cartflow.kernel.Guard;
import org.cartflow.journey.StageCommands;
import org.cartflow.journey.Transition;
import org.junit.jupiter.api.Test;

/** Every label and trial rule of a live stage is enforced by a guard on a transition of the table or a stage command. */
class LiveStageGuardCoverageTest {

    @Test
    void everyLabelAndTrialRuleOfALiveStageHasAGuardOnTheTableOrACommand() {
        Set<String> guarded = new HashSet<>();
        Arrays.stream(Transition.values()).flatMap(t -> t.guards().stream())
                .forEach(g -> guarded.addAll(Guard.ruleIdsOf(g)));
        StageCommands.ALL.stream().flatMap(c -> c.guards().stream()).forEach(g -> guarded.addAll(Guard.ruleIdsOf(g)));
        RuleCatalog catalog = new RuleCatalog();
        for (Stage stage : Stage.values()) {
            if (!stage.live()) {
                continue;
            }
            for (String id : stage.ruleIds()) {
                Rule rule = catalog.get(id);
                if (rule.kind() == RuleKind.INFO) {
                    continue;
                }
                assertTrue(guarded.contains(id), stage + " is live but " + id + " has no guard");
            }
        }
    }

    @Test
    void theStagesOfIssue3AreLive() {
        for (Stage s : List.of(Stage.APHERESIS, Stage.MANUFACTURING, Stage.BRIDGING)) {
            assertTrue(s.live(), s.name());
        }
        assertEquals(RuleKind.INFO, new RuleCatalog().get("MFG-INFO").kind());
    }
}

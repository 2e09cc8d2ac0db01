package org.cartflow.command;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import org.cartflow.common.ProblemException;
import org.cartflow.rules.RuleCatalog;
import org.junit.jupiter.api.Test;

/** The one check of a physician's override, for transitions and stage commands alike (plain JUnit, no Quarkus). */
class TrialOverridesTest {

    private static final RuleCatalog CATALOG = new RuleCatalog();

    @Test
    void aPhysicianOverridesATrialRuleAndTheOverrideIsKeptForTheAuditEvent() {
        TrialOverrides overrides = new TrialOverrides(CATALOG, true);
        overrides.apply("BRG-2", "bridging stopped 10 days before LD: disease control needed", "washoutOverrideReason");
        assertEquals(List.of(Map.of("ruleId", "BRG-2", "reason",
                "bridging stopped 10 days before LD: disease control needed")), overrides.applied());
    }

    @Test
    void someoneElseMayNotOverrideATrialRule() {
        var refused = assertThrows(ProblemException.class,
                () -> new TrialOverrides(CATALOG, false).apply("ELIG-5", "ECOG 2 from bone pain only", "overrides[0]"));
        assertEquals(403, refused.status());
        assertTrue(refused.getMessage().contains("ELIG-5"), refused.getMessage());
    }

    @Test
    void aLabelRuleIsAHardStopEvenForAPhysician() {
        TrialOverrides overrides = new TrialOverrides(CATALOG, true);
        var refused = assertThrows(ProblemException.class, () -> overrides.apply("ELIG-1", "why not", "overrides[0]"));
        assertEquals(422, refused.status());
        assertTrue(refused.getMessage().contains("ELIG-1"), refused.getMessage());
        assertEquals(List.of(), overrides.applied());
    }

    @Test
    void anUnknownRuleIsRefusedOnItsField() {
        var refused = assertThrows(ProblemException.class,
                () -> new TrialOverrides(CATALOG, true).check("NOPE-1", "overrides[2].ruleId"));
        assertEquals(422, refused.status());
        assertTrue(refused.toProblem("/t").type().endsWith("invalid-field"));
        assertEquals("overrides[2].ruleId", refused.toProblem("/t").errors().get(0).field());
    }
}

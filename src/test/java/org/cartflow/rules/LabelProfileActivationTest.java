package org.cartflow.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cartflow.common.ProblemException;
import org.junit.jupiter.api.Test;

/**
 * A value the label's source marks NOT FOUND is never guessed: the profile cannot be used for a course until the site
 * fills it in, and the refusal names the value and the setting (plain JUnit, no Quarkus).
 */
class LabelProfileActivationTest {

    private static LabelProfile withNotFound(Map<String, Integer> values) {
        return new LabelProfile("test-us-2025", "test product", "US", "2025", LocalDate.of(2025, 6, 1), null, null,
                "test", Map.of("prior-lines", "ELIG-3"), values, List.of("tocilizumabDosesOnHand"));
    }

    @Test
    void aProfileWithAnUnfilledNotFoundValueIsRefusedNamingTheValueAndItsSetting() {
        LabelProfile p = withNotFound(Map.of("priorLinesMinimum", 1));
        assertEquals(List.of("tocilizumabDosesOnHand"), p.unfilled());
        ProblemException e = assertThrows(ProblemException.class, () -> LabelProfiles.requireActivatable(p));
        assertEquals(409, e.status());
        assertTrue(e.getMessage().contains("tocilizumabDosesOnHand"), e.getMessage());
        assertTrue(e.getMessage().contains("NOT FOUND"), e.getMessage());
        assertEquals("cartflow.label-profiles.\"test-us-2025\".tocilizumabDosesOnHand",
                e.toProblem("/x").errors().get(0).field());
    }

    @Test
    void theSitesValueFillsTheNotFoundEntryAndTheProfileCanThenBeUsed() {
        LabelProfile filled = withNotFound(Map.of("priorLinesMinimum", 1)).withSiteValues(n -> Optional.of(2));
        assertEquals(List.of(), filled.unfilled());
        assertEquals(2, filled.value("tocilizumabDosesOnHand"));
        assertDoesNotThrow(() -> LabelProfiles.requireActivatable(filled));
    }

    @Test
    void aSiteValueNeverReplacesASourcedValue() {
        LabelProfile p = withNotFound(Map.of("priorLinesMinimum", 1, "tocilizumabDosesOnHand", 2))
                .withSiteValues(n -> Optional.of(9));
        assertEquals(1, p.value("priorLinesMinimum"));
        assertEquals(2, p.value("tocilizumabDosesOnHand"));
    }

    @Test
    void theShippedProfilesHaveNothingUnfilledAndAskTheSiteOnlyForTheirOwnNotFoundEntries() {
        List<String> asked = new java.util.ArrayList<>();
        LabelProfiles shipped = new LabelProfiles(key -> {
            asked.add(key);
            return Optional.empty();
        });
        shipped.all().forEach(p -> assertDoesNotThrow(() -> LabelProfiles.requireActivatable(p), p.id()));
        assertEquals(List.of(), asked);
    }
}

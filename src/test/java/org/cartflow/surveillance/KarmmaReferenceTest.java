package org.cartflow.surveillance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SURV-1: every rate with an interval in the KarMMa reference is recomputed from its own count and denominator by
 * the method the brochure names (Wald for the pooled ORR/CRR, Clopper-Pearson for dose levels and MRD) and must give
 * the brochure's percent and bounds to 0.1; every figure names its cut-off date.
 */
class KarmmaReferenceTest {

    @Test
    void eachIntervalIsReproducedFromItsCountsByItsMethodAndCarriesItsCutOff() throws Exception {
        JsonNode ref;
        try (InputStream in = getClass().getResourceAsStream("/surveillance/karmma-reference.json")) {
            ref = new ObjectMapper().readTree(in);
        }
        List<String> checked = new ArrayList<>();
        check(ref, "orr", ref.get("n").asInt(), checked);
        check(ref, "completeResponseRate", ref.get("n").asInt(), checked);
        check(ref, "mrdNegativeCompleteResponse", ref.get("n").asInt(), checked);
        for (String level : List.of("300", "450")) {
            JsonNode l = ref.get("doseLevels").get(level);
            for (String f : List.of("orr", "completeResponseRate", "mrdNegativeCompleteResponse")) {
                check(l, f, l.get("n").asInt(), checked);
            }
            for (String m : List.of("pfsMedianMonths", "osMedianMonths", "dorMedianMonths")) {
                assertTrue(l.get(m).hasNonNull("cutOff"), level + " " + m);
            }
        }
        // 9 figures, of which 7 have intervals (the dose-level CRRs have none in the brochure)
        assertEquals(9, checked.size(), checked.toString());
        assertEquals("Wald", ref.get("orr").get("ciMethod").asText());
        assertEquals("Clopper-Pearson", ref.get("doseLevels").get("450").get("orr").get("ciMethod").asText());
    }

    private static void check(JsonNode parent, String name, int n, List<String> checked) {
        JsonNode f = parent.get(name);
        int count = f.get("count").asInt();
        assertTrue(f.hasNonNull("cutOff"), name + " has no cut-off date");
        assertEquals(f.get("percent").asDouble(), Math.round(1000.0 * count / n) / 10.0, 0, name + " percent");
        if (f.has("ci95")) {
            Interval i = "Wald".equals(f.get("ciMethod").asText()) ? Interval.wald(count, n)
                    : Interval.clopperPearson(count, n);
            assertEquals(f.get("ci95").get(0).asDouble(), Math.round(i.lower() * 1000) / 10.0, 0, name + " lower");
            assertEquals(f.get("ci95").get(1).asDouble(), Math.round(i.upper() * 1000) / 10.0, 0, name + " upper");
        }
        checked.add(name + "/" + n);
    }
}

package org.cartflow.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cartflow.rules.Rule;
import org.cartflow.rules.RuleCatalog;
import org.junit.jupiter.api.Test;

/** Every rule of the catalog has its Japanese statement, and nothing else is in the file. */
class RuleTextJaTest {

    @Test
    void everyRuleOfTheCatalogHasItsJapaneseStatement() {
        Set<String> ids = new RuleCatalog().all().stream().map(Rule::id).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(ids, new TreeSet<>(RuleTextJa.TEXT.keySet()));
        RuleTextJa.TEXT.forEach((id, text) -> assertTrue(text.codePoints().anyMatch(RuleTextJaTest::kanaOrKanji),
                id + " is not in Japanese: " + text));
        assertTrue(RuleTextJa.ja("INF-11").contains("1時間以内"), RuleTextJa.ja("INF-11"));
        assertTrue(RuleTextJa.ja("RATE-1").contains("10mL/分"), RuleTextJa.ja("RATE-1"));
        // POST-5 as the brochure words KarMMa's follow-up: "24ヵ月間以上又はPDが確認されるまでのいずれか長い方"
        assertTrue(RuleTextJa.ja("POST-5").contains("いずれか長い方"), RuleTextJa.ja("POST-5"));
    }

    private static boolean kanaOrKanji(int c) {
        return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff);
    }
}

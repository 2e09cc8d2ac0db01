package org.cartflow.ui;

import io.quarkus.qute.TemplateExtension;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * The Japanese statement of each label rule (label/rules_ja.properties, worded after the Japanese label), shown
 * beside a refusal's rule ID when the UI is in Japanese: {@code {rule:ja(r.ruleId)}}. The refusal's own message,
 * which names the values of this patient, is written by the guards in English.
 */
@TemplateExtension(namespace = "rule")
public final class RuleTextJa {

    static final Map<String, String> TEXT = load();

    private RuleTextJa() {
    }

    static String ja(String ruleId) {
        return TEXT.getOrDefault(ruleId, "");
    }

    private static Map<String, String> load() {
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(RuleTextJa.class.getClassLoader()
                .getResourceAsStream("label/rules_ja.properties"), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> text = new java.util.HashMap<>();
        p.stringPropertyNames().forEach(id -> text.put(id, p.getProperty(id)));
        return Map.copyOf(text);
    }
}

package org.cartflow.rules;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The label rules, read from the copy of ../shared/label/RULES.md shipped in the jar (label/RULES.md), and the revision
 * rules a label profile adopts (label/RULES-revisions.md, rows copied from ../shared/label/revisions). Tests keep both
 * equal to the shared sources, so the IDs here are the IDs the hospital's label digest uses.
 */
@Singleton
public class RuleCatalog {

    /** IDs as RULES.md writes them, plus the revisions' jurisdiction suffix (ELIG-3-JP23). */
    private static final Pattern ROW = Pattern.compile(
            "^\\| ([A-Z]+-[0-9A-Z]+(?:-[A-Z]{2}[0-9]{2})?) \\| (label|trial|info) \\| (.+) \\|\\s*$");
    private static final Pattern SECTION = Pattern.compile("^## (.+)$");

    private final Map<String, Rule> rules;

    public RuleCatalog() {
        Map<String, Rule> all = new LinkedHashMap<>(parse(read("label/RULES.md")));
        all.putAll(parse(read("label/RULES-revisions.md")));
        this.rules = Map.copyOf(all);
    }

    static Map<String, Rule> parse(String markdown) {
        Map<String, Rule> out = new LinkedHashMap<>();
        String section = "";
        for (String line : markdown.split("\n")) {
            Matcher s = SECTION.matcher(line);
            if (s.matches()) {
                section = s.group(1).trim();
                continue;
            }
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                String id = m.group(1);
                out.put(id, new Rule(id, RuleKind.valueOf(m.group(2).toUpperCase(Locale.ROOT)), section,
                        m.group(3).trim(), Stage.of(id)));
            }
        }
        return Map.copyOf(out);
    }

    public Collection<Rule> all() {
        return rules.values().stream().sorted(java.util.Comparator.comparing(Rule::id)).toList();
    }

    public Optional<Rule> find(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    public Rule get(String id) {
        Rule r = rules.get(id);
        if (r == null) {
            throw new IllegalStateException("Rule " + id + " is not in the label catalog");
        }
        return r;
    }

    private static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

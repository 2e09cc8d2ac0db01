package org.cartflow.rules;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A label version as data: which product and jurisdiction, when it is in force, its source, which rule IDs its guards
 * report (a revision rule such as ELIG-3-JP23 replaces a bare 2022 rule) and the numbers those guards read.
 * {@code effectiveFrom} null: from the first approval; {@code effectiveTo} null: still in force.
 */
public record LabelProfile(String id, String product, String jurisdiction, String version, LocalDate effectiveFrom,
        LocalDate effectiveTo, String effectiveFromNote, String source, Map<String, String> rules,
        Map<String, Integer> values, List<String> notFound) {

    public LabelProfile {
        values = values == null ? Map.of() : Map.copyOf(values);
        notFound = notFound == null ? List.of() : List.copyOf(notFound);
    }

    /**
     * The values this profile's source marks NOT FOUND that the site has not filled in yet: while any is left the
     * profile cannot be used for a course (never guessed).
     */
    public List<String> unfilled() {
        return notFound.stream().filter(n -> !values.containsKey(n)).toList();
    }

    /** This profile with the site's values for its NOT FOUND entries (only those; a sourced value is never replaced). */
    public LabelProfile withSiteValues(Function<String, Optional<Integer>> site) {
        Map<String, Integer> merged = new HashMap<>(values);
        for (String name : notFound) {
            if (!merged.containsKey(name)) {
                site.apply(name).ifPresent(v -> merged.put(name, v));
            }
        }
        return new LabelProfile(id, product, jurisdiction, version, effectiveFrom, effectiveTo, effectiveFromNote,
                source, rules, merged, notFound);
    }

    public boolean inForceOn(LocalDate day) {
        return (effectiveFrom == null || !day.isBefore(effectiveFrom)) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    /** The rule ID this profile reports for a rule slot, e.g. "prior-lines" -> ELIG-3 or ELIG-3-JP23. */
    public String rule(String slot) {
        String id = rules.get(slot);
        if (id == null) {
            throw new IllegalStateException("label profile " + this.id + " names no rule for " + slot);
        }
        return id;
    }

    public int value(String name) {
        Integer v = values.get(name);
        if (v == null) {
            throw new IllegalStateException("label profile " + id + " has no value " + name);
        }
        return v;
    }
}

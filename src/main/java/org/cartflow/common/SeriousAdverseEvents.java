package org.cartflow.common;

import java.util.ArrayList;
import java.util.List;

/** DELAY-1: the unresolved serious adverse events a clinical check names (pre-LD and on the infusion day). */
public final class SeriousAdverseEvents {
    private SeriousAdverseEvents() {
    }

    public static List<String> named(boolean pulmonary, boolean cardiac, boolean hypotension, String other) {
        List<String> out = new ArrayList<>();
        if (pulmonary) {
            out.add("pulmonary");
        }
        if (cardiac) {
            out.add("cardiac");
        }
        if (hypotension) {
            out.add("hypotension");
        }
        if (other != null && !other.isBlank()) {
            out.add(other.trim());
        }
        return out;
    }
}

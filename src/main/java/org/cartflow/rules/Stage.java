package org.cartflow.rules;

import java.util.List;

/**
 * The journey's stages and the label rules each one owns. {@code live} marks the stages whose package is built:
 * for a live stage every label and trial rule must have at least one guard (RuleCatalogTest).
 */
public enum Stage {
    ELIGIBILITY(true, "SITE-1", "CONSENT-1", "ELIG-1", "ELIG-2", "ELIG-3", "ELIG-3-JP23", "ELIG-4", "ELIG-5", "ELIG-6", "HYPERSENS-1"),
    APHERESIS(true, "CONSENT-2", "APH-1", "APH-2", "APH-3", "AUTOLOGOUS-1"),
    MANUFACTURING(true, "MFG-1", "MFG-2", "MFG-INFO"),
    BRIDGING(true, "BRG-1", "BRG-2"),
    PRODUCT(true, "STO-1", "STO-2", "STO-3", "DOSE-1"),
    LYMPHODEPLETION(true, "LD-1", "LD-2", "LD-3", "DELAY-1", "DELAY-2"),
    INFUSION(true, "RATE-1", "INF-1", "INF-2", "INF-3", "INF-4", "INF-5", "INF-6", "INF-7", "INF-8", "INF-9",
            "INF-10", "INF-11", "INF-12", "INF-13", "NOREUSE-1"),
    MONITORING(true, "MON-1", "MON-2", "MON-3", "MON-4", "MON-5", "MON-6", "MON-7", "MON-8", "POST-1", "POST-2",
            "POST-3", "POST-4", "POST-5", "SURV-1", "CRS-ALG", "NEURO-ALG");

    private final boolean live;
    private final List<String> ruleIds;

    Stage(boolean live, String... ruleIds) {
        this.live = live;
        this.ruleIds = List.of(ruleIds);
    }

    public boolean live() {
        return live;
    }

    public List<String> ruleIds() {
        return ruleIds;
    }

    public static Stage of(String ruleId) {
        for (Stage s : values()) {
            if (s.ruleIds.contains(ruleId)) {
                return s;
            }
        }
        return null;
    }
}

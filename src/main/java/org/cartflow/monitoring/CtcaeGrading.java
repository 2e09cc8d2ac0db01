package org.cartflow.monitoring;

import java.math.BigDecimal;

/**
 * CTCAE grades of the blood counts, per table version (v5.0 is the default and the only one loaded). Grade 1 starts
 * below the lower limit of normal, which is the site laboratory's, per sex ({@link ReferenceRanges}); the other
 * thresholds are CTCAE's own. Values are canonical (10^9/L, g/dL) and unrounded.
 */
public enum CtcaeGrading {

    V5_0("5.0");

    public static final CtcaeGrading DEFAULT = V5_0;

    /** Lower limits of normal: ANC and platelets in 10^9/L, haemoglobin in g/dL. */
    public record LowerLimits(BigDecimal anc, BigDecimal platelets, BigDecimal hemoglobin) {
    }

    private final String version;

    CtcaeGrading(String version) {
        this.version = version;
    }

    public String version() {
        return version;
    }

    /** Neutrophil count decreased (10^9/L): <LLN-1.5 G1, <1.5-1.0 G2, <1.0-0.5 G3, <0.5 G4. */
    public Integer neutrophils(BigDecimal anc, LowerLimits lln) {
        return below(anc, lln.anc(), "1.5", "1.0", "0.5");
    }

    /** Platelet count decreased (10^9/L): <LLN-75 G1, <75-50 G2, <50-25 G3, <25 G4. */
    public Integer platelets(BigDecimal plt, LowerLimits lln) {
        return below(plt, lln.platelets(), "75", "50", "25");
    }

    /** Anaemia (g/dL): <LLN-10.0 G1, <10.0-8.0 G2, <8.0 G3 (grade 4 is clinical, not a value). */
    public Integer anaemia(BigDecimal hb, LowerLimits lln) {
        Integer g = below(hb, lln.hemoglobin(), "10.0", "8.0", "-1");
        return g == null ? null : Math.min(g, 3);
    }

    private static Integer below(BigDecimal v, BigDecimal lln, String g2, String g3, String g4) {
        if (v == null) {
            return null;
        }
        if (v.compareTo(new BigDecimal(g4)) < 0) {
            return 4;
        }
        if (v.compareTo(new BigDecimal(g3)) < 0) {
            return 3;
        }
        if (v.compareTo(new BigDecimal(g2)) < 0) {
            return 2;
        }
        return v.compareTo(lln) < 0 ? 1 : 0;
    }
}

package org.cartflow.monitoring;

import java.math.BigDecimal;

/**
 * CTCAE grades of the blood counts, per table version (v5.0 is the default and the only one loaded). Lower limits
 * of normal are the laboratory's adult reference values used by the site.
 */
public enum CtcaeGrading {

    V5_0("5.0", new BigDecimal("2.0"), new BigDecimal("150"), new BigDecimal("12.0"));

    public static final CtcaeGrading DEFAULT = V5_0;

    private final String version;
    private final BigDecimal ancLln;
    private final BigDecimal plateletLln;
    private final BigDecimal haemoglobinLln;

    CtcaeGrading(String version, BigDecimal ancLln, BigDecimal plateletLln, BigDecimal haemoglobinLln) {
        this.version = version;
        this.ancLln = ancLln;
        this.plateletLln = plateletLln;
        this.haemoglobinLln = haemoglobinLln;
    }

    public String version() {
        return version;
    }

    /** Neutrophil count decreased (10^9/L): <LLN-1.5 G1, <1.5-1.0 G2, <1.0-0.5 G3, <0.5 G4. */
    public Integer neutrophils(BigDecimal anc) {
        return below(anc, ancLln, "1.5", "1.0", "0.5");
    }

    /** Platelet count decreased (10^9/L): <LLN-75 G1, <75-50 G2, <50-25 G3, <25 G4. */
    public Integer platelets(BigDecimal plt) {
        return below(plt, plateletLln, "75", "50", "25");
    }

    /** Anaemia (g/dL): <LLN-10.0 G1, <10.0-8.0 G2, <8.0 G3 (grade 4 is clinical, not a value). */
    public Integer anaemia(BigDecimal hb) {
        Integer g = below(hb, haemoglobinLln, "10.0", "8.0", "-1");
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

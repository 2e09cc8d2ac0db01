package org.cartflow.common;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The analytes whose unit changes their meaning, with the UCUM units laboratories report them in, the factor to the
 * one canonical unit stored, and the range a real result can fall in (canonical unit). A count per uL is not a count
 * per L: an unknown unit or an implausible value is refused, never guessed.
 */
public enum Analyte {

    /** Absolute neutrophil count; canonical 10^9/L. */
    ANC("10*9/L", "0", "100", Map.of("10*9/L", "1", "10*3/uL", "1", "/uL", "0.001")),
    /** Platelets; canonical 10^9/L. Japanese laboratories report 10^4/uL (5.2 x 10^4/uL = 52 x 10^9/L). */
    PLATELETS("10*9/L", "0", "2000", Map.of("10*9/L", "1", "10*3/uL", "1", "10*4/uL", "10", "/uL", "0.001")),
    /** Haemoglobin; canonical g/dL. */
    HEMOGLOBIN("g/dL", "1", "25", Map.of("g/dL", "1", "g/L", "0.1")),
    /**
     * Serum creatinine; canonical mg/dL. 1 mg/dL = 88.4 umol/L (molar mass 113.12 g/mol), the factor the LD
     * calculator also divides by, so a creatinine in umol/L means the same number everywhere.
     */
    CREATININE("mg/dL", "0.05", "30", Map.of("mg/dL", "1", "umol/L", "/" + LabUnits.CREATININE_UMOL_PER_MG_DL)),
    /** Potassium; canonical mmol/L (monovalent: 1 mEq/L = 1 mmol/L). */
    POTASSIUM("mmol/L", "1", "12", Map.of("mmol/L", "1", "meq/L", "1")),
    /** C-reactive protein; canonical mg/dL (10 mg/L = 1 mg/dL). */
    CRP("mg/dL", "0", "1000", Map.of("mg/dL", "1", "mg/L", "0.1")),
    /** Ferritin; canonical ng/mL (= ug/L). */
    FERRITIN("ng/mL", "0", "1000000", Map.of("ng/mL", "1", "ug/L", "1")),
    /** Uric acid; canonical mg/dL. umol/L is refused: its factor depends on a molar mass CartFlow does not assume. */
    URIC_ACID("mg/dL", "0", "50", Map.of("mg/dL", "1")),
    /** Immunoglobulin G; canonical mg/dL (1 g/L = 100 mg/dL). */
    IGG("mg/dL", "0", "10000", Map.of("mg/dL", "1", "g/L", "100"));

    private final String canonicalUnit;
    private final BigDecimal low;
    private final BigDecimal high;
    /** unit -> factor; a factor written "/x" divides by x (exact for umol/L of creatinine). */
    private final Map<String, String> factors = new LinkedHashMap<>();

    Analyte(String canonicalUnit, String low, String high, Map<String, String> factors) {
        this.canonicalUnit = canonicalUnit;
        this.low = new BigDecimal(low);
        this.high = new BigDecimal(high);
        factors.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> this.factors.put(e.getKey(), e.getValue()));
    }

    public String canonicalUnit() {
        return canonicalUnit;
    }

    public java.util.Set<String> units() {
        return factors.keySet();
    }

    /**
     * The value in the canonical unit, or a 422 naming {@code field}.unit (unknown unit) or {@code field}.value (not
     * a plausible result once converted). Null in, null out.
     */
    public BigDecimal canonical(String field, LabValue v) {
        if (v == null) {
            return null;
        }
        var text = Texts.of(CommonText.class);
        String factor = factors.get(v.unit().strip());
        if (factor == null) {
            throw ProblemException.invalid(field + ".unit", text.unknownLabUnit(v.unit(), String.join(", ", units())));
        }
        MathContext six = new MathContext(6, RoundingMode.HALF_UP);
        BigDecimal c = (factor.startsWith("/") ? v.value().divide(new BigDecimal(factor.substring(1)), six)
                : v.value().multiply(new BigDecimal(factor)).round(six)).stripTrailingZeros();
        if (c.compareTo(low) < 0 || c.compareTo(high) > 0) {
            throw ProblemException.invalid(field + ".value", text.implausibleLabValue(v.toString(), c.toPlainString(),
                    canonicalUnit, low.toPlainString(), high.toPlainString()));
        }
        return c.scale() < 0 ? c.setScale(0) : c;
    }
}

package org.cartflow.common;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A laboratory result as the laboratory reported it: a value and its UCUM unit code, e.g. {@code 800 /uL},
 * {@code 0.8 10*9/L}, {@code 5.2 10*4/uL}, {@code 105 g/L}. {@link Analyte#canonical} converts it; the original
 * is kept beside the canonical value.
 */
public record LabValue(@NotNull BigDecimal value, @NotBlank @Size(max = 20) String unit) {

    /** What the laboratory reported, e.g. "anc=800 /uL; platelets=5.2 10*4/uL"; absent values left out. */
    public static String asEntered(java.util.LinkedHashMap<String, LabValue> values) {
        return values.entrySet().stream().filter(e -> e.getValue() != null).map(e -> e.getKey() + "=" + e.getValue())
                .reduce((a, b) -> a + "; " + b).orElse(null);
    }

    @Override
    public String toString() {
        // also called on invalid input (a validation message lists the request), so a missing value must not throw
        return (value == null ? "?" : value.stripTrailingZeros().toPlainString()) + " " + unit;
    }
}

package org.cartflow.common;

/** Conversion factors used in more than one place, so every path converts a unit the same way. */
public final class LabUnits {

    /** umol/L in 1 mg/dL of creatinine: 10 mg/L / 113.12 g/mol = 88.40 umol/L. */
    public static final String CREATININE_UMOL_PER_MG_DL = "88.4";

    private LabUnits() {
    }
}

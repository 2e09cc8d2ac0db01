package org.cartflow.monitoring;

import java.math.BigDecimal;
import org.cartflow.monitoring.MonitoringEnums.OxygenDevice;

/**
 * ASTCT 2019 consensus CRS grade. Fever (>= 38.0 C) is required for CRS unless tocilizumab or steroids have been
 * given; then the worse of hypotension and hypoxia sets the grade.
 */
public final class CrsGrading {

    static final BigDecimal FEVER_C = new BigDecimal("38.0");
    static final BigDecimal LOW_FLOW_MAX_LPM = new BigDecimal("6");

    private CrsGrading() {
    }

    public static int grade(BigDecimal temperatureC, boolean hypotension, int vasopressorsExclVasopressin,
            boolean vasopressin, OxygenDevice device, BigDecimal flowLpm, boolean feverMaskedByTreatment) {
        boolean fever = temperatureC.compareTo(FEVER_C) >= 0;
        if (!fever && !feverMaskedByTreatment) {
            return 0;
        }
        int grade = Math.max(hypotensionGrade(hypotension, vasopressorsExclVasopressin, vasopressin),
                hypoxiaGrade(device, flowLpm));
        return Math.max(grade, fever ? 1 : 0);
    }

    /**
     * The grade when a physician has attributed the fever to another documented cause (an infection): without fever
     * there is no CRS, unless CRS was established and treated, when hypotension and hypoxia still grade it.
     */
    public static int gradeWithoutFever(boolean hypotension, int vasopressorsExclVasopressin, boolean vasopressin,
            OxygenDevice device, BigDecimal flowLpm, boolean feverMaskedByTreatment) {
        if (!feverMaskedByTreatment) {
            return 0;
        }
        return Math.max(hypotensionGrade(hypotension, vasopressorsExclVasopressin, vasopressin),
                hypoxiaGrade(device, flowLpm));
    }

    static int hypotensionGrade(boolean hypotension, int vasopressors, boolean vasopressin) {
        if (vasopressors >= 2) {
            return 4;
        }
        if (vasopressors == 1 || vasopressin) {
            return 3;
        }
        return hypotension ? 2 : 0;
    }

    static int hypoxiaGrade(OxygenDevice device, BigDecimal flowLpm) {
        return switch (device) {
            case NONE -> 0;
            case BLOW_BY -> 2;
            case LOW_FLOW_CANNULA -> flowLpm != null && flowLpm.compareTo(LOW_FLOW_MAX_LPM) > 0 ? 3 : 2;
            case HIGH_FLOW_CANNULA, FACE_MASK, NON_REBREATHER, VENTURI -> 3;
            case CPAP, BIPAP, INTUBATION -> 4;
        };
    }
}

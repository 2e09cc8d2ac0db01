package org.cartflow.surveillance;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the program summary needs of one infused patient (de-identified). Onset days follow KarMMa: first onset day
 * minus infusion day plus one (the infusion day is day 1). {@code mrdNegative}: an MRD-negative result is recorded.
 */
public record PatientOutcome(String bestResponse, int maxCrsGrade, Integer crsOnsetDay, Integer crsDurationDays,
        int maxIcansGrade, Integer icansOnsetDay, Integer icansDurationDays, boolean tocilizumab,
        boolean corticosteroid, boolean mrdNegative, BigDecimal doseE6) {

    static final List<String> RESPONDERS = List.of("sCR", "CR", "VGPR", "PR");
    static final List<String> COMPLETE = List.of("sCR", "CR");

    public PatientOutcome(String bestResponse, int maxCrsGrade, Integer crsOnsetDay, Integer crsDurationDays,
            int maxIcansGrade, Integer icansOnsetDay, Integer icansDurationDays, boolean tocilizumab,
            boolean corticosteroid) {
        this(bestResponse, maxCrsGrade, crsOnsetDay, crsDurationDays, maxIcansGrade, icansOnsetDay, icansDurationDays,
                tocilizumab, corticosteroid, false, null);
    }

    boolean responded() {
        return bestResponse != null && RESPONDERS.contains(bestResponse);
    }

    boolean complete() {
        return bestResponse != null && COMPLETE.contains(bestResponse);
    }

    /** KarMMa's MRD endpoint: CR or better and MRD-negative. */
    boolean mrdNegativeComplete() {
        return complete() && mrdNegative;
    }
}

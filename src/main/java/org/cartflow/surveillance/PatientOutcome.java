package org.cartflow.surveillance;

import java.util.List;

/** What the program summary needs of one infused patient (de-identified). */
public record PatientOutcome(String bestResponse, int maxCrsGrade, Integer crsOnsetDay, Integer crsDurationDays,
        int maxIcansGrade, Integer icansOnsetDay, Integer icansDurationDays, boolean tocilizumab,
        boolean corticosteroid) {

    static final List<String> RESPONDERS = List.of("sCR", "CR", "VGPR", "PR");
    static final List<String> COMPLETE = List.of("sCR", "CR");

    boolean responded() {
        return bestResponse != null && RESPONDERS.contains(bestResponse);
    }

    boolean complete() {
        return bestResponse != null && COMPLETE.contains(bestResponse);
    }
}

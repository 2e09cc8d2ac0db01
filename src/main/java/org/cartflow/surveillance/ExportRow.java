package org.cartflow.surveillance;

/**
 * One infused patient in the all-case surveillance export: no MRN, name, birth date or course id; the case as a keyed
 * pseudonym, age as a 10-year band (90+ as one), infusion as a year, everything else as day numbers from infusion; onset days as KarMMa counts them (first
 * onset day - infusion day + 1).
 */
public record ExportRow(String caseId, String sex, String ageBand, int infusionYear, String state,
        int maxCrsGrade, Integer crsOnsetDay, Integer crsDurationDays, int maxIcansGrade, Integer icansOnsetDay,
        Integer icansDurationDays, boolean tocilizumab,
        boolean corticosteroid, int worstNeutrophilGrade, int worstPlateletGrade, String bestResponse,
        boolean deceased, int osDays, int pfsDays, boolean progressedOrDied, Integer dorDays,
        java.math.BigDecimal infusedDoseMillions, boolean doseBelowLabelRange, boolean mrdNegative) {

    static final String CSV_HEADER = "caseId,sex,ageBand,infusionYear,state,maxCrsGrade,crsOnsetDay,crsDurationDays,"
            + "maxIcansGrade,icansOnsetDay,icansDurationDays,tocilizumab,corticosteroid,worstNeutrophilGrade,worstPlateletGrade,bestResponse,deceased,"
            + "osDays,pfsDays,progressedOrDied,dorDays,infusedDoseMillions,doseBelowLabelRange,mrdNegative";

    String csv() {
        return String.join(",", caseId, sex, ageBand, String.valueOf(infusionYear), state, String.valueOf(maxCrsGrade),
                str(crsOnsetDay), str(crsDurationDays), String.valueOf(maxIcansGrade), str(icansOnsetDay),
                str(icansDurationDays), String.valueOf(tocilizumab),
                String.valueOf(corticosteroid), String.valueOf(worstNeutrophilGrade),
                String.valueOf(worstPlateletGrade), str(bestResponse), String.valueOf(deceased),
                String.valueOf(osDays), String.valueOf(pfsDays), String.valueOf(progressedOrDied), str(dorDays),
                infusedDoseMillions == null ? "" : infusedDoseMillions.toPlainString(), String.valueOf(doseBelowLabelRange),
                String.valueOf(mrdNegative));
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    PatientOutcome outcome() {
        return new PatientOutcome(bestResponse, maxCrsGrade, crsOnsetDay, crsDurationDays, maxIcansGrade,
                icansOnsetDay, icansDurationDays, tocilizumab, corticosteroid, mrdNegative, infusedDoseMillions);
    }
}

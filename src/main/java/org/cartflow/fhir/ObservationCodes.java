package org.cartflow.fhir;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeSystem;

/**
 * Observations CartFlow records for which no LOINC code is used here: the ASTCT consensus grades and the ICE score.
 * Vital signs use LOINC (the R4 vital-signs profiles' codes).
 */
final class ObservationCodes {

    static final String CRS_GRADE = "crs-grade";
    static final String ICANS_GRADE = "icans-grade";
    static final String ICE_SCORE = "ice-score";
    static final String CTCAE_GRADE = "ctcae-grade";
    static final String RESPONSE = "myeloma-response";
    static final String MRD = "mrd-status";

    private static final Map<String, String> DISPLAY = new LinkedHashMap<>();

    static {
        DISPLAY.put(CRS_GRADE, "Cytokine release syndrome grade (ASTCT consensus, 0-4)");
        DISPLAY.put(ICANS_GRADE, "Immune effector cell-associated neurotoxicity syndrome grade (ASTCT consensus, 0-4)");
        DISPLAY.put(ICE_SCORE, "Immune effector cell-associated encephalopathy (ICE) score (0-10)");
        DISPLAY.put(CTCAE_GRADE, "CTCAE grade of a laboratory abnormality (0-4)");
        DISPLAY.put(RESPONSE, "Myeloma response (IMWG uniform response criteria)");
        DISPLAY.put("sCR", "Stringent complete response");
        DISPLAY.put("CR", "Complete response");
        DISPLAY.put("VGPR", "Very good partial response");
        DISPLAY.put("PR", "Partial response");
        DISPLAY.put("MR", "Minimal response");
        DISPLAY.put("SD", "Stable disease");
        DISPLAY.put("PD", "Progressive disease");
        DISPLAY.put(MRD, "Minimal residual disease status");
        DISPLAY.put("mrd-negative", "MRD negative");
        DISPLAY.put("mrd-positive", "MRD positive");
        DISPLAY.put("mrd-not-done", "MRD not assessed");
    }

    private ObservationCodes() {
    }

    static String display(String code) {
        return DISPLAY.get(code);
    }

    static CodeSystem codeSystem() {
        return CodeSystems.complete("observation", FhirCodes.OBSERVATION, "CartFlowObservation",
                "CartFlow CAR-T toxicity observations",
                "CRS and ICANS grades and the ICE score as CartFlow records them at each assessment, the "
                        + "CTCAE grade of a laboratory abnormality, and the myeloma response with its MRD status.",
                DISPLAY, "CartFlow observations: CRS grade, ICANS grade, ICE score, CTCAE grade, "
                        + "myeloma response (sCR, CR, VGPR, PR, MR, SD, PD), MRD status.");
    }
}

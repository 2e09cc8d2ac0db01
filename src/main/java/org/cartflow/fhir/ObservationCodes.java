package org.cartflow.fhir;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;

/**
 * Observations CartFlow records for which no LOINC code is used here: the ASTCT consensus grades and the ICE score.
 * Vital signs use LOINC (the R4 vital-signs profiles' codes).
 */
final class ObservationCodes {

    static final String CRS_GRADE = "crs-grade";
    static final String ICANS_GRADE = "icans-grade";
    static final String ICE_SCORE = "ice-score";

    private static final Map<String, String> DISPLAY = new LinkedHashMap<>();

    static {
        DISPLAY.put(CRS_GRADE, "Cytokine release syndrome grade (ASTCT consensus, 0-4)");
        DISPLAY.put(ICANS_GRADE, "Immune effector cell-associated neurotoxicity syndrome grade (ASTCT consensus, 0-4)");
        DISPLAY.put(ICE_SCORE, "Immune effector cell-associated encephalopathy (ICE) score (0-10)");
    }

    private ObservationCodes() {
    }

    static String display(String code) {
        return DISPLAY.get(code);
    }

    static CodeSystem codeSystem() {
        CodeSystem cs = new CodeSystem();
        cs.setId("observation");
        cs.setUrl(FhirCodes.OBSERVATION);
        cs.setVersion("1");
        cs.setName("CartFlowObservation");
        cs.setTitle("CartFlow CAR-T toxicity observations");
        cs.setStatus(PublicationStatus.ACTIVE);
        cs.setDate(new Date(0));
        cs.setDescription("CRS and ICANS grades and the ICE score as CartFlow records them at each assessment.");
        cs.setCaseSensitive(true);
        cs.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
        DISPLAY.forEach((code, display) -> cs.addConcept().setCode(code).setDisplay(display));
        cs.setCount(DISPLAY.size());
        return Narratives.generated(cs, "CartFlow toxicity observations: CRS grade, ICANS grade, ICE score.");
    }
}

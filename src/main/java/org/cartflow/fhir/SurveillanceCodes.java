package org.cartflow.fhir;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeSystem;

/** The items of one case of the all-case surveillance dataset (SURV-1), as components of its summary Observation. */
final class SurveillanceCodes {

    static final String CASE_SUMMARY = "case-summary";

    static final Map<String, String> DISPLAY = new LinkedHashMap<>();

    static {
        DISPLAY.put(CASE_SUMMARY, "All-case surveillance summary of one infused patient (SURV-1)");
        DISPLAY.put("age-band", "Age at infusion, as a 10-year band (90 and over as one band)");
        DISPLAY.put("course-state", "State of the CAR-T course at export");
        DISPLAY.put("max-crs-grade", "Highest CRS grade (ASTCT consensus)");
        DISPLAY.put("crs-onset-day", "Day of CRS onset (infusion day = day 1, as KarMMa counts)");
        DISPLAY.put("crs-duration", "Duration of CRS");
        DISPLAY.put("max-icans-grade", "Highest ICANS grade (ASTCT consensus)");
        DISPLAY.put("icans-onset-day", "Day of ICANS onset (infusion day = day 1, as KarMMa counts)");
        DISPLAY.put("icans-duration", "Duration of ICANS");
        DISPLAY.put("tocilizumab-given", "Tocilizumab given");
        DISPLAY.put("corticosteroid-given", "Corticosteroid given");
        DISPLAY.put("worst-neutrophil-grade", "Worst CTCAE grade of neutrophil count decrease");
        DISPLAY.put("worst-platelet-grade", "Worst CTCAE grade of platelet count decrease");
        DISPLAY.put("best-response", "Best myeloma response (IMWG)");
        DISPLAY.put("mrd-negative", "MRD negative at any assessment");
        DISPLAY.put("deceased", "Died");
        DISPLAY.put("overall-survival", "Overall survival time from infusion (censored at last contact)");
        DISPLAY.put("progression-free-survival", "Progression-free survival time from infusion");
        DISPLAY.put("progressed-or-died", "Progressed or died (the progression-free survival event)");
        DISPLAY.put("duration-of-response", "Duration of response from the first response");
        DISPLAY.put("infused-dose", "Infused dose of CAR+ T cells");
        DISPLAY.put("dose-below-label-range", "Infused dose below the label's range");
    }

    private SurveillanceCodes() {
    }

    static CodeSystem codeSystem() {
        return CodeSystems.complete("surveillance", FhirCodes.SURVEILLANCE, "CartFlowSurveillance",
                "CartFlow all-case surveillance items",
                "The items CartFlow exports per infused patient for all-case post-marketing surveillance.", DISPLAY,
                "CartFlow all-case surveillance items: " + String.join(", ", DISPLAY.keySet()) + ".");
    }
}

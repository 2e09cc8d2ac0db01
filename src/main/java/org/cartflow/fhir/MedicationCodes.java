package org.cartflow.fhir;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeSystem;

/**
 * The medicines CartFlow records, as its own codes: a mapping to RxNorm, YJ codes (Japan) or SNOMED CT needs a
 * verified source per jurisdiction, and none is guessed here.
 */
final class MedicationCodes {

    static final String FLUDARABINE = "fludarabine";
    static final String CYCLOPHOSPHAMIDE = "cyclophosphamide";
    static final String ACETAMINOPHEN = "acetaminophen";
    static final String DIPHENHYDRAMINE = "diphenhydramine";
    static final String H1_ANTIHISTAMINE = "h1-antihistamine";
    static final String CORTICOSTEROID = "corticosteroid";
    static final String TOCILIZUMAB = "tocilizumab";
    static final String ANAKINRA = "anakinra";
    static final String SILTUXIMAB = "siltuximab";
    static final String ANTIPYRETIC = "antipyretic";

    private static final Map<String, String> DISPLAY = new LinkedHashMap<>();

    static {
        DISPLAY.put(FLUDARABINE, "Fludarabine phosphate");
        DISPLAY.put(CYCLOPHOSPHAMIDE, "Cyclophosphamide (anhydrous)");
        DISPLAY.put(ACETAMINOPHEN, "Acetaminophen");
        DISPLAY.put(DIPHENHYDRAMINE, "Diphenhydramine");
        DISPLAY.put(H1_ANTIHISTAMINE, "H1 antihistamine other than diphenhydramine (named in the text)");
        DISPLAY.put(CORTICOSTEROID, "Systemic corticosteroid (named in the text)");
        DISPLAY.put(TOCILIZUMAB, "Tocilizumab");
        DISPLAY.put(ANAKINRA, "Anakinra");
        DISPLAY.put(SILTUXIMAB, "Siltuximab");
        DISPLAY.put(ANTIPYRETIC, "Antipyretic given for fever after the infusion");
    }

    private MedicationCodes() {
    }

    static String display(String code) {
        return DISPLAY.get(code);
    }

    static CodeSystem codeSystem() {
        return CodeSystems.complete("medication", FhirCodes.MEDICATION, "CartFlowMedication",
                "CartFlow CAR-T journey medicines",
                "Lymphodepleting chemotherapy, premedication and CRS/ICANS treatment as CartFlow records them.", DISPLAY,
                "CartFlow medicines: " + String.join(", ", DISPLAY.values()) + ".");
    }
}

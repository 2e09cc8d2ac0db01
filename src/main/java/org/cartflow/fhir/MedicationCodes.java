package org.cartflow.fhir;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;

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
        CodeSystem cs = new CodeSystem();
        cs.setId("medication");
        cs.setUrl(FhirCodes.MEDICATION);
        cs.setVersion("1");
        cs.setName("CartFlowMedication");
        cs.setTitle("CartFlow CAR-T journey medicines");
        cs.setStatus(PublicationStatus.ACTIVE);
        cs.setDate(new Date(0));
        cs.setDescription("Lymphodepleting chemotherapy, premedication and CRS/ICANS treatment as CartFlow records them.");
        cs.setCaseSensitive(true);
        cs.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
        DISPLAY.forEach((code, display) -> cs.addConcept().setCode(code).setDisplay(display));
        cs.setCount(DISPLAY.size());
        return Narratives.generated(cs, "CartFlow medicines: " + String.join(", ", DISPLAY.values()) + ".");
    }
}

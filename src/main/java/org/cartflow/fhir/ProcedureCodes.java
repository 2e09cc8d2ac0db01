package org.cartflow.fhir;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeSystem;

/**
 * The procedures CartFlow records. A SNOMED CT mapping is left to the site's terminology service: no verified
 * source for the codes is at hand, and a guessed code is worse than none.
 */
final class ProcedureCodes {

    static final String LEUKAPHERESIS = "leukapheresis";
    static final String CAR_T_INFUSION = "car-t-infusion";

    private ProcedureCodes() {
    }

    static String display(String code) {
        return LEUKAPHERESIS.equals(code) ? "Leukapheresis for CAR-T manufacture" : "Infusion of autologous CAR-T cells";
    }

    static CodeSystem codeSystem() {
        Map<String, String> concepts = new LinkedHashMap<>();
        for (String code : new String[] { LEUKAPHERESIS, CAR_T_INFUSION }) {
            concepts.put(code, display(code));
        }
        return CodeSystems.complete("procedure", FhirCodes.PROCEDURE, "CartFlowProcedure", "CartFlow CAR-T procedures",
                "The procedures of an autologous CAR-T course that CartFlow records.", concepts,
                "CartFlow CAR-T procedures: leukapheresis, CAR-T infusion.");
    }
}

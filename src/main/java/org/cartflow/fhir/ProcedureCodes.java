package org.cartflow.fhir;

import java.util.Date;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;

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
        CodeSystem cs = new CodeSystem();
        cs.setId("procedure");
        cs.setUrl(FhirCodes.PROCEDURE);
        cs.setVersion("1");
        cs.setName("CartFlowProcedure");
        cs.setTitle("CartFlow CAR-T procedures");
        cs.setStatus(PublicationStatus.ACTIVE);
        cs.setDate(new Date(0));
        cs.setDescription("The procedures of an autologous CAR-T course that CartFlow records.");
        cs.setCaseSensitive(true);
        cs.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
        for (String code : new String[] { LEUKAPHERESIS, CAR_T_INFUSION }) {
            cs.addConcept().setCode(code).setDisplay(display(code));
        }
        cs.setCount(2);
        return Narratives.generated(cs, "CartFlow CAR-T procedures: leukapheresis, CAR-T infusion.");
    }
}

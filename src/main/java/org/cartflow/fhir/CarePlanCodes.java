package org.cartflow.fhir;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;

/** The planned steps of a CAR-T course in its CarePlan; CartFlow's own codes (no standard code for these steps). */
final class CarePlanCodes {

    static final String COLLECTION = "collection";
    static final String INFUSION = "infusion";
    static final String EARLIEST_DISCHARGE = "earliest-discharge";
    static final String PROXIMITY_END = "proximity-end";
    static final String FOLLOW_UP = "follow-up-visit";

    static final Map<String, String> DISPLAYS = new LinkedHashMap<>();

    static {
        DISPLAYS.put(COLLECTION, "Leukapheresis");
        DISPLAYS.put("ld-day-1", "Lymphodepletion day 1 (day -5)");
        DISPLAYS.put("ld-day-2", "Lymphodepletion day 2 (day -4)");
        DISPLAYS.put("ld-day-3", "Lymphodepletion day 3 (day -3)");
        DISPLAYS.put(INFUSION, "CAR-T infusion (day 0)");
        DISPLAYS.put(EARLIEST_DISCHARGE, "Earliest discharge (MON-1)");
        DISPLAYS.put(PROXIMITY_END, "End of staying near the treating site (MON-2)");
        DISPLAYS.put(FOLLOW_UP, "Follow-up visit");
    }

    private CarePlanCodes() {
    }

    static CodeSystem codeSystem() {
        CodeSystem cs = new CodeSystem();
        cs.setId("care-plan-step");
        cs.setUrl(FhirCodes.CARE_PLAN_STEP);
        cs.setVersion("1");
        cs.setName("CartFlowCarePlanStep");
        cs.setTitle("CartFlow CAR-T journey steps");
        cs.setStatus(PublicationStatus.ACTIVE);
        cs.setDate(new Date(0));
        cs.setDescription("The dated steps of an autologous CAR-T course that CartFlow plans.");
        cs.setCaseSensitive(true);
        cs.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
        DISPLAYS.forEach((code, display) -> cs.addConcept().setCode(code).setDisplay(display));
        cs.setCount(DISPLAYS.size());
        return Narratives.generated(cs, "CartFlow CAR-T journey steps: " + String.join(", ", DISPLAYS.values()) + ".");
    }
}

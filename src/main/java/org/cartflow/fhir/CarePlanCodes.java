package org.cartflow.fhir;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeSystem;

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
        return CodeSystems.complete("care-plan-step", FhirCodes.CARE_PLAN_STEP, "CartFlowCarePlanStep",
                "CartFlow CAR-T journey steps", "The dated steps of an autologous CAR-T course that CartFlow plans.",
                DISPLAYS, "CartFlow CAR-T journey steps: " + String.join(", ", DISPLAYS.values()) + ".");
    }
}

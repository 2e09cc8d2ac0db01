package org.cartflow.fhir;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cartflow.kernel.CourseState;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.EpisodeOfCare.EpisodeOfCareStatus;

/** The journey's states as a FHIR CodeSystem, and how each maps to an EpisodeOfCare status. */
final class JourneyStateCodes {

    private JourneyStateCodes() {
    }

    static CodeSystem codeSystem() {
        Map<String, String> concepts = new LinkedHashMap<>();
        for (CourseState state : CourseState.values()) {
            concepts.put(state.name(), display(state));
        }
        return CodeSystems.complete("journey-state", FhirCodes.JOURNEY_STATE, "CartFlowJourneyState",
                "CartFlow CAR-T journey states",
                "The states of an autologous CAR-T course in CartFlow, from referral to long-term follow-up.", concepts,
                "CartFlow CAR-T journey states: " + CourseState.values().length + " codes.");
    }

    static String display(CourseState state) {
        String words = state.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** planned until eligible; active from collection to follow-up; on hold after a failed manufacture. */
    static EpisodeOfCareStatus status(CourseState state) {
        return switch (state) {
            case REFERRAL, SCREENING, ELIGIBLE -> EpisodeOfCareStatus.PLANNED;
            case INELIGIBLE, WITHDRAWN -> EpisodeOfCareStatus.CANCELLED;
            case MANUFACTURING_FAILED -> EpisodeOfCareStatus.ONHOLD;
            case COMPLETED, DECEASED -> EpisodeOfCareStatus.FINISHED;
            case COLLECTION, MANUFACTURING, PRODUCT_RECEIVED, LYMPHODEPLETION, INFUSION_READY, INFUSED,
                    INPATIENT_MONITORING, OUTPATIENT_PROXIMITY, FOLLOW_UP -> EpisodeOfCareStatus.ACTIVE;
        };
    }
}

package org.cartflow.fhir;

import java.util.Date;
import org.cartflow.kernel.CourseState;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.EpisodeOfCare.EpisodeOfCareStatus;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;

/** The journey's states as a FHIR CodeSystem, and how each maps to an EpisodeOfCare status. */
final class JourneyStateCodes {

    private JourneyStateCodes() {
    }

    static CodeSystem codeSystem() {
        CodeSystem cs = new CodeSystem();
        cs.setId("journey-state");
        cs.setUrl(FhirCodes.JOURNEY_STATE);
        cs.setVersion("1");
        cs.setName("CartFlowJourneyState");
        cs.setTitle("CartFlow CAR-T journey states");
        cs.setStatus(PublicationStatus.ACTIVE);
        cs.setDate(new Date(0));
        cs.setDescription("The states of an autologous CAR-T course in CartFlow, from referral to long-term follow-up.");
        cs.setCaseSensitive(true);
        cs.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
        for (CourseState state : CourseState.values()) {
            cs.addConcept().setCode(state.name()).setDisplay(display(state));
        }
        cs.setCount(CourseState.values().length);
        return Narratives.generated(cs, "CartFlow CAR-T journey states: " + CourseState.values().length + " codes.");
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

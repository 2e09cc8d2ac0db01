package org.cartflow.eligibility;

/** Coded answers of the eligibility work-up. */
public final class EligibilityEnums {
    private EligibilityEnums() {
    }

    public enum Diagnosis {
        MULTIPLE_MYELOMA, OTHER
    }

    public enum DiseaseStatus {
        NEWLY_DIAGNOSED, RELAPSED, REFRACTORY, RELAPSED_AND_REFRACTORY;

        public boolean relapsedOrRefractory() {
            return this != NEWLY_DIAGNOSED;
        }
    }

    /** Drug classes of a prior line, as ELIG-2 and ELIG-3 count them. */
    public enum AgentClass {
        IMMUNOMODULATORY_DRUG, PROTEASOME_INHIBITOR, ANTI_CD38_ANTIBODY, BCMA_CAR_T, BCMA_OTHER, ALKYLATING_AGENT,
        CORTICOSTEROID, AUTOLOGOUS_STEM_CELL_TRANSPLANT, OTHER
    }

    public enum LineOutcome {
        PROGRESSED_ON, RELAPSED_AFTER, RESPONSE_ONGOING, STOPPED_FOR_TOXICITY, UNKNOWN;

        public boolean progressionOrRelapse() {
            return this == PROGRESSED_ON || this == RELAPSED_AFTER;
        }
    }

    public enum ConsentSigner {
        PATIENT, FAMILY
    }
}

package org.cartflow.monitoring;

/** Coded findings of a monitoring assessment, in the terms of the ASTCT 2019 consensus grading. */
public final class MonitoringEnums {

    private MonitoringEnums() {
    }

    /** What a physician attributes an assessment's fever to instead of CRS. */
    public enum FeverCause {
        INFECTION, OTHER
    }

    public enum OxygenDevice {
        NONE, BLOW_BY, LOW_FLOW_CANNULA, HIGH_FLOW_CANNULA, FACE_MASK, NON_REBREATHER, VENTURI, CPAP, BIPAP,
        INTUBATION
    }

    /** Awakens spontaneously, to voice, only to tactile stimulus, or unarousable / needs vigorous stimuli. */
    /** ASTCT 2019 depressed level of consciousness: ALERT is not depressed; SPONTANEOUS = drowsy, awakens by herself. */
    public enum Consciousness {
        ALERT, SPONTANEOUS, TO_VOICE, TO_TOUCH, UNAROUSABLE
    }

    /** Any clinical seizure resolving rapidly (or EEG seizure resolving with intervention) vs life-threatening. */
    public enum Seizure {
        NONE, RESOLVING, PROLONGED_OR_REPETITIVE
    }

    public enum CerebralOedema {
        NONE, FOCAL, DIFFUSE_OR_POSTURING
    }

    /** ANTIPYRETIC: acetaminophen or another antipyretic given for fever after the infusion (doseMg). */
    public enum Drug {
        TOCILIZUMAB, CORTICOSTEROID, ANAKINRA, SILTUXIMAB, ANTIPYRETIC
    }
}

package org.cartflow.fhir;

/** Code systems and identifier systems CartFlow's FHIR resources use. */
public final class FhirCodes {
    /** CartFlow's own code system for the journey's states (no standard code exists), served at /fhir/CodeSystem/journey-state. */
    public static final String JOURNEY_STATE = "http://cartflow.org/fhir/CodeSystem/journey-state";
    /** HL7 v2 table 0203 identifier types (MR = medical record number). */
    public static final String IDENTIFIER_TYPE = "http://terminology.hl7.org/CodeSystem/v2-0203";
    public static final String FHIR_JSON = "application/fhir+json";

    private FhirCodes() {
    }
}

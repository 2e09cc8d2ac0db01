package org.cartflow.fhir;

/** Code systems and identifier systems CartFlow's FHIR resources use. */
public final class FhirCodes {
    /** CartFlow's own code system for the journey's states (no standard code exists), served at /fhir/CodeSystem/journey-state. */
    public static final String JOURNEY_STATE = "http://cartflow.org/fhir/CodeSystem/journey-state";
    /** CartFlow's procedure codes (leukapheresis, CAR-T infusion), served at /fhir/CodeSystem/procedure. */
    public static final String PROCEDURE = "http://cartflow.org/fhir/CodeSystem/procedure";
    /** CartFlow's observation codes (CRS and ICANS grades, ICE score), served at /fhir/CodeSystem/observation. */
    public static final String OBSERVATION = "http://cartflow.org/fhir/CodeSystem/observation";
    /** CartFlow's medicine codes (LD chemotherapy, premedication, CRS/ICANS drugs), served at /fhir/CodeSystem/medication. */
    public static final String MEDICATION = "http://cartflow.org/fhir/CodeSystem/medication";
    /** CartFlow's journey steps (collection, LD days, infusion, discharge, proximity, visits), at /fhir/CodeSystem/care-plan-step. */
    public static final String CARE_PLAN_STEP = "http://cartflow.org/fhir/CodeSystem/care-plan-step";
    /** What a signer attests to (the signature's meaning), served at /fhir/CodeSystem/signature-meaning. */
    public static final String SIGNATURE_MEANING = "http://cartflow.org/fhir/CodeSystem/signature-meaning";
    /** The items of the all-case surveillance dataset, served at /fhir/CodeSystem/surveillance. */
    public static final String SURVEILLANCE = "http://cartflow.org/fhir/CodeSystem/surveillance";
    /** A CartFlow user (the Keycloak user name): who signed, who recorded. */
    public static final String USER = "http://cartflow.org/fhir/sid/user";
    /** HL7 v3 routes of administration (in the R4 validation resources). */
    public static final String ROUTE = "http://terminology.hl7.org/CodeSystem/v3-RouteOfAdministration";
    public static final String LOINC = "http://loinc.org";
    public static final String UCUM = "http://unitsofmeasure.org";
    public static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    /**
     * ISBT 128 Donation Identification Number, as HL7's MedicalProductOfHumanOrigin profile (OO incubator) writes the
     * biological source event.
     */
    public static final String ISBT128_DIN = "urn:oid:2.16.840.1.113883.6.18.2.1";
    /** The manufacturer's chain-of-identity id that follows the cells from collection to infusion. */
    public static final String CHAIN_OF_IDENTITY = "http://cartflow.org/fhir/sid/chain-of-identity";
    /** The bag code printed on each bag's label and on the release certificate. */
    public static final String BAG_CODE = "http://cartflow.org/fhir/sid/product-bag";
    /** HL7 v2 table 0203 identifier types (MR = medical record number). */
    public static final String IDENTIFIER_TYPE = "http://terminology.hl7.org/CodeSystem/v2-0203";
    public static final String FHIR_JSON = "application/fhir+json";

    private FhirCodes() {
    }
}

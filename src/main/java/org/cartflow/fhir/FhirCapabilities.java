package org.cartflow.fhir;

import java.util.Date;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations;

/** The CapabilityStatement of /fhir: exactly what {@link FhirResource} serves, nothing more. */
final class FhirCapabilities {

    private FhirCapabilities() {
    }

    static CapabilityStatement statement(String base) {
        CapabilityStatement cs = new CapabilityStatement();
        cs.setStatus(Enumerations.PublicationStatus.ACTIVE);
        cs.setDate(new Date(0));
        cs.setPublisher("CartFlow");
        cs.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        cs.getSoftware().setName("CartFlow");
        cs.getImplementation().setDescription("CartFlow CAR-T journey").setUrl(base);
        cs.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
        cs.addFormat("application/fhir+json");
        CapabilityStatementRestComponent rest = cs.addRest();
        rest.setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        rest.getSecurity().setCors(false).setDescription("OpenID Connect bearer tokens from the hospital's Keycloak; "
                + "the REST API's roles and site scope apply.")
                .addService(new CodeableConcept(new Coding(
                        "http://terminology.hl7.org/CodeSystem/restful-security-service", "OAuth", "OAuth")));
        CapabilityStatementRestResourceComponent patient = resource(rest, "Patient");
        patient.addSearchParam().setName("identifier")
                .setType(Enumerations.SearchParamType.TOKEN).setDocumentation("The site's MRN: [system|]value");
        patient.addInteraction().setCode(TypeRestfulInteraction.UPDATE).setDocumentation("Conditional update from "
                + "the EHR's ADT feed (identifier=system|MRN; coordinators, physicians): name, birth date and sex "
                + "applied, or held for the coordinator when the cells are in chain of identity or it is a merge "
                + "(link replaced-by); no patient is created.");
        patient.setConditionalUpdate(true).setUpdateCreate(false);
        for (String type : new String[] { "EpisodeOfCare", "Procedure", "Flag", "MedicationRequest",
                "MedicationAdministration", "Consent", "CarePlan", "Provenance", "AuditEvent" }) {
            resource(rest, type).addSearchParam().setName("patient")
                    .setType(Enumerations.SearchParamType.REFERENCE).setDocumentation("[Patient/]id");
        }
        CapabilityStatementRestResourceComponent observation = resource(rest, "Observation");
        observation.addSearchParam().setName("patient").setType(Enumerations.SearchParamType.REFERENCE)
                .setDocumentation("[Patient/]id");
        observation.addSearchParam().setName("category").setType(Enumerations.SearchParamType.TOKEN)
                .setDocumentation("vital-signs, exam (CRS and ICANS grades, myeloma response), survey (ICE score) or "
                        + "laboratory (results the lab system sent, post-infusion panels with CTCAE grades)");
        observation.addInteraction().setCode(TypeRestfulInteraction.CREATE).setDocumentation("A laboratory result "
                + "from the lab system: LOINC code and UCUM unit of " + LabCodes.accepted() + "; nurses and "
                + "physicians; converted to CartFlow's unit, the sent value and source kept.");
        rest.addInteraction().setCode(CapabilityStatement.SystemRestfulInteraction.TRANSACTION)
                .setDocumentation("A transaction Bundle of laboratory Observations: all filed or none.");
        rest.addOperation().setName("export")
                .setDefinition("http://hl7.org/fhir/uv/bulkdata/OperationDefinition/export")
                .setDocumentation("FHIR Bulk Data system export (Prefer: respond-async, _type, _outputFormat "
                        + "application/fhir+ndjson; purpose= required) of the de-identified all-case surveillance "
                        + "dataset: Patient, Procedure, Observation; coordinators, physicians, pharmacists; audited.");
        rest.addResource().setType("BiologicallyDerivedProduct")
                .setProfile("http://hl7.org/fhir/StructureDefinition/BiologicallyDerivedProduct")
                .addInteraction().setCode(TypeRestfulInteraction.READ);
        return Narratives.generated(cs, "CartFlow FHIR R4 server: read, search and conditional update of Patient (identifier), "
                + "EpisodeOfCare, Procedure, Flag, MedicationRequest, MedicationAdministration, Consent, CarePlan, Provenance (electronic signatures) and AuditEvent (the audit trail) (patient), Observation (patient, category); read of "
                + "BiologicallyDerivedProduct; create of laboratory Observations and transaction Bundles of them; "
                + "$export of the de-identified surveillance dataset.");
    }

    private static CapabilityStatementRestResourceComponent resource(CapabilityStatementRestComponent rest, String type) {
        CapabilityStatementRestResourceComponent r = rest.addResource().setType(type)
                .setProfile("http://hl7.org/fhir/StructureDefinition/" + type);
        r.addInteraction().setCode(TypeRestfulInteraction.READ);
        r.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        return r;
    }
}

package org.cartflow.fhir;

import static org.cartflow.common.Role.COORDINATOR;
import static org.cartflow.common.Role.NURSE;
import static org.cartflow.common.Role.PHARMACIST;
import static org.cartflow.common.Role.PHYSICIAN;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.cartflow.labs.ImportedLabResult;
import org.hl7.fhir.r4.model.Bundle;
import java.util.Map;
import java.util.function.Supplier;
import org.cartflow.kernel.Course;
import org.cartflow.kernel.Patient;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Resource;

/**
 * FHIR R4 read and search of patients and their CAR-T courses, with the REST API's roles and site scope, plus the
 * server's CapabilityStatement and CartFlow's code systems (public, as FHIR servers publish them).
 */
@Path("/fhir")
@Produces({ FhirCodes.FHIR_JSON, "application/json" })
@Tag(name = "FHIR R4")
public class FhirResource {

    /** CartFlow's own code systems, by id: used where no standard code is at hand. */
    static final Map<String, Supplier<CodeSystem>> CODE_SYSTEMS = Map.of(
            "journey-state", JourneyStateCodes::codeSystem,
            "procedure", ProcedureCodes::codeSystem,
            "observation", ObservationCodes::codeSystem,
            "medication", MedicationCodes::codeSystem,
            "care-plan-step", CarePlanCodes::codeSystem,
            "signature-meaning", SignatureMeaningCodes::codeSystem,
            "surveillance", SurveillanceCodes::codeSystem);

    @Inject
    FhirResources resources;
    @Inject
    FhirResponses responses;
    @Inject
    LabImports imports;
    @Inject
    org.cartflow.adt.AdtUpdates adt;
    @Context
    UriInfo uri;

    @POST
    @Consumes({ FhirCodes.FHIR_JSON, "application/json" })
    @RolesAllowed({ NURSE, PHYSICIAN })
    @Operation(summary = "FHIR transaction of laboratory results (a Bundle of type transaction whose entries POST "
            + "Observations): all filed, or none and an OperationOutcome naming each entry it cannot take")
    public Response transaction(String body) {
        if (!(responses.parse(body).orElse(null) instanceof Bundle bundle)) {
            return responses.refused(400, List.of(new FhirResponses.Issue("Bundle",
                    "The body must be one FHIR R4 Bundle in JSON.")));
        }
        List<FhirResponses.Issue> issues = new ArrayList<>();
        if (bundle.getType() != Bundle.BundleType.TRANSACTION) {
            issues.add(new FhirResponses.Issue("Bundle.type",
                    "Only a transaction Bundle is accepted (all entries filed or none)."));
        }
        List<LabImports.Sent> sent = new ArrayList<>();
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            Bundle.BundleEntryComponent e = bundle.getEntry().get(i);
            String at = "Bundle.entry[" + i + "]";
            boolean post = e.getRequest().getMethod() == Bundle.HTTPVerb.POST
                    && "Observation".equals(e.getRequest().getUrl());
            if (!(e.getResource() instanceof org.hl7.fhir.r4.model.Observation o) || !post) {
                issues.add(new FhirResponses.Issue(at,
                        "Each entry POSTs an Observation (request.method POST, request.url Observation)."));
                continue;
            }
            sent.add(new LabImports.Sent(at + ".resource", o));
        }
        if (sent.isEmpty() && issues.isEmpty()) {
            issues.add(new FhirResponses.Issue("Bundle.entry", "The Bundle has no entry."));
        }
        if (!issues.isEmpty()) {
            return responses.refused(422, issues);
        }
        try {
            List<ImportedLabResult> filed = imports.file(sent);
            Bundle response = new Bundle().setType(Bundle.BundleType.TRANSACTIONRESPONSE);
            for (ImportedLabResult r : filed) {
                response.addEntry().getResponse().setStatus("201 Created").setLocation("Observation/lab-" + r.id);
            }
            return responses.ok(response);
        } catch (LabImports.Refused e) {
            return responses.refused(422, e.issues);
        }
    }

    @GET
    @Path("metadata")
    @PermitAll
    @Operation(summary = "FHIR CapabilityStatement: exactly the resources, interactions and search parameters served")
    public Response metadata() {
        return responses.ok(FhirCapabilities.statement(uri.getBaseUri().resolve("fhir").toString()));
    }

    @GET
    @Path("CodeSystem/{id}")
    @PermitAll
    @Operation(summary = "CartFlow's code systems: journey-state, procedure, observation, medication, care-plan-step, signature-meaning, surveillance")
    public Response codeSystem(@PathParam("id") String id) {
        Supplier<CodeSystem> cs = CODE_SYSTEMS.get(id);
        return cs == null ? responses.notFound("CodeSystem", id) : responses.ok(cs.get());
    }

    @GET
    @Path("Patient/{id}")
    @RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN })
    @Transactional
    @Operation(summary = "FHIR read of a patient (identifier = the site's MRN)")
    public Response readPatient(@PathParam("id") String id) {
        return responses.visiblePatient(id).map(p -> responses.ok(resources.patient(p)))
                .orElseGet(() -> responses.notFound("Patient", id));
    }

    @GET
    @Path("Patient")
    @RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN })
    @Transactional
    @Operation(summary = "FHIR search of patients by identifier ([system|]MRN)")
    public Response searchPatients(@QueryParam("identifier") String identifier) {
        if (identifier == null || identifier.isBlank() || identifier.length() > 300) {
            return responses.invalid("identifier",
                    "Search by identifier=[system|]MRN; other searches are not supported.");
        }
        int bar = identifier.indexOf('|');
        String system = bar < 0 ? null : identifier.substring(0, bar);
        String value = bar < 0 ? identifier : identifier.substring(bar + 1);
        List<Resource> found = responses.visibleByMrn(system, value).stream().<Resource>map(resources::patient)
                .toList();
        return responses.searchResult(uri, found);
    }

    @PUT
    @Path("Patient")
    @Consumes({ FhirCodes.FHIR_JSON, "application/json" })
    @RolesAllowed({ COORDINATOR, PHYSICIAN })
    @Transactional
    @Operation(summary = "FHIR conditional update of a patient from the EHR's ADT feed (identifier=system|MRN): "
            + "demographics applied, or held for the coordinator (AUTOLOGOUS-1) when the cells are in chain of "
            + "identity or the update is a merge; no patient is created")
    public Response conditionalUpdate(@QueryParam("identifier") String identifier, String body) {
        int bar = identifier == null ? -1 : identifier.indexOf('|');
        if (bar <= 0 || bar == identifier.length() - 1 || identifier.length() > 300) {
            return responses.invalid("identifier", "Name the patient as identifier=system|MRN (the site's MRN system).");
        }
        String system = identifier.substring(0, bar);
        String mrn = identifier.substring(bar + 1);
        List<Patient> matches = responses.visibleByMrn(system, mrn);
        if (matches.isEmpty()) {
            return responses.notFound("Patient", identifier);
        }
        if (!(responses.parse(body).orElse(null) instanceof org.hl7.fhir.r4.model.Patient sent)) {
            return responses.refused(400, List.of(new FhirResponses.Issue("Patient",
                    "The body must be one FHIR R4 Patient in JSON.")));
        }
        List<FhirResponses.Issue> issues = new ArrayList<>();
        sent.getIdentifier().stream().filter(i -> system.equals(i.getSystem()) && !mrn.equals(i.getValue()))
                .findFirst().ifPresent(i -> issues.add(new FhirResponses.Issue("Patient.identifier",
                        "The MRN in the body (" + i.getValue() + ") is not the one in the condition (" + mrn + ").")));
        var demographics = AdtPatientReader.read(sent, issues);
        if (!issues.isEmpty()) {
            return responses.refused(422, issues);
        }
        Patient p = matches.get(0);
        adt.receive(p.id, demographics.get(), sent.getMeta().hasSource() ? sent.getMeta().getSource() : "ADT");
        return responses.ok(resources.patient(p));
    }

    @GET
    @Path("EpisodeOfCare/{id}")
    @RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN })
    @Transactional
    @Operation(summary = "FHIR read of a CAR-T course as an EpisodeOfCare (state, period)")
    public Response readEpisode(@PathParam("id") String id) {
        return FhirResponses.number(id).flatMap(responses::visibleCourse)
                .map(c -> responses.ok(resources.episodeOfCare(c)))
                .orElseGet(() -> responses.notFound("EpisodeOfCare", id));
    }

    @GET
    @Path("EpisodeOfCare")
    @RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN })
    @Transactional
    @Operation(summary = "FHIR search of a patient's courses (patient=[Patient/]id)")
    public Response searchEpisodes(@QueryParam("patient") String patient) {
        if (FhirResponses.patientParameter(patient).isEmpty()) {
            return responses.invalid("patient", "Search by patient=[Patient/]id; other searches are not supported.");
        }
        List<Resource> found = FhirResponses.patientParameter(patient).flatMap(responses::visiblePatient)
                .map(p -> Course.ofPatient(p.id).stream().<Resource>map(resources::episodeOfCare).toList())
                .orElse(List.of());
        return responses.searchResult(uri, found);
    }
}

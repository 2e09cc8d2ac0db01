package org.cartflow.fhir;

import static org.cartflow.common.Role.COORDINATOR;
import static org.cartflow.common.Role.NURSE;
import static org.cartflow.common.Role.PHARMACIST;
import static org.cartflow.common.Role.PHYSICIAN;

import ca.uhn.fhir.context.FhirContext;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.cartflow.common.SiteScope;
import org.cartflow.kernel.Course;
import org.cartflow.kernel.Patient;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;

/**
 * FHIR R4 read and search of patients and their CAR-T courses, with the REST API's roles and site scope.
 * A record at another site answers exactly like one that does not exist.
 */
@Path("/fhir")
@Produces({ FhirCodes.FHIR_JSON, "application/json" })
@Tag(name = "FHIR R4")
public class FhirResource {

    @Inject
    FhirContext fhir;
    @Inject
    FhirResources resources;
    @Inject
    SiteScope sites;
    @Context
    UriInfo uri;

    @GET
    @Path("metadata")
    @PermitAll
    @Operation(summary = "FHIR CapabilityStatement: exactly the resources, interactions and search parameters served")
    public Response metadata() {
        return ok(FhirCapabilities.statement(uri.getBaseUri().resolve("fhir").toString()));
    }

    @GET
    @Path("CodeSystem/journey-state")
    @PermitAll
    @Operation(summary = "CartFlow's code system for the journey states used in EpisodeOfCare.type")
    public Response journeyStates() {
        return ok(JourneyStateCodes.codeSystem());
    }

    @GET
    @Path("Patient/{id}")
    @RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN })
    @Transactional
    @Operation(summary = "FHIR read of a patient (identifier = the site's MRN)")
    public Response readPatient(@PathParam("id") String id) {
        return visiblePatient(id).map(p -> ok(resources.patient(p))).orElseGet(() -> notFound("Patient", id));
    }

    @GET
    @Path("Patient")
    @RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN })
    @Transactional
    @Operation(summary = "FHIR search of patients by identifier ([system|]MRN)")
    public Response searchPatients(@QueryParam("identifier") String identifier) {
        if (identifier == null || identifier.isBlank() || identifier.length() > 300) {
            return invalid("identifier", "Search by identifier=[system|]MRN; other searches are not supported.");
        }
        int bar = identifier.indexOf('|');
        String system = bar < 0 ? null : identifier.substring(0, bar);
        String value = bar < 0 ? identifier : identifier.substring(bar + 1);
        List<Patient> found = Patient.<Patient>list("site in ?1 and mrn = ?2 order by id", sites.asParameter(), value)
                .stream().filter(p -> system == null || system.isEmpty() || system.equals(resources.mrnSystem(p.site)))
                .toList();
        return ok(searchSet(found.stream().map(resources::patient).toList()));
    }

    @GET
    @Path("EpisodeOfCare/{id}")
    @RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN })
    @Transactional
    @Operation(summary = "FHIR read of a CAR-T course as an EpisodeOfCare (state, period)")
    public Response readEpisode(@PathParam("id") String id) {
        return number(id).flatMap(n -> Course.<Course>findByIdOptional(n)).filter(c -> sites.includes(c.patient.site))
                .map(c -> ok(resources.episodeOfCare(c))).orElseGet(() -> notFound("EpisodeOfCare", id));
    }

    @GET
    @Path("EpisodeOfCare")
    @RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN })
    @Transactional
    @Operation(summary = "FHIR search of a patient's courses (patient=[Patient/]id)")
    public Response searchEpisodes(@QueryParam("patient") String patient) {
        String id = patient == null ? "" : patient.replaceFirst("^Patient/", "");
        if (number(id).isEmpty()) {
            return invalid("patient", "Search by patient=[Patient/]id; other searches are not supported.");
        }
        List<Resource> found = visiblePatient(id)
                .map(p -> Course.ofPatient(p.id).stream().<Resource>map(resources::episodeOfCare).toList())
                .orElse(List.of());
        return ok(searchSet(found));
    }

    private Optional<Patient> visiblePatient(String id) {
        return number(id).flatMap(n -> Patient.<Patient>findByIdOptional(n)).filter(p -> sites.includes(p.site));
    }

    private static Optional<Long> number(String id) {
        return id != null && id.matches("\\d{1,18}") ? Optional.of(Long.parseLong(id)) : Optional.empty();
    }

    private Bundle searchSet(List<? extends Resource> found) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET).setTotal(found.size());
        bundle.addLink().setRelation("self").setUrl(uri.getRequestUri().toString());
        String base = uri.getBaseUri().resolve("fhir/").toString();
        for (Resource r : found) {
            bundle.addEntry().setFullUrl(base + r.fhirType() + "/" + r.getIdElement().getIdPart()).setResource(r)
                    .getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        return bundle;
    }

    private Response ok(IBaseResource resource) {
        return Response.ok(fhir.newJsonParser().encodeResourceToString(resource), FhirCodes.FHIR_JSON).build();
    }

    private Response notFound(String type, String id) {
        return outcome(Response.Status.NOT_FOUND, OperationOutcome.IssueType.NOTFOUND, type + "/" + id,
                "No " + type + " with id " + id + " is visible to you.");
    }

    private Response invalid(String field, String what) {
        return outcome(Response.Status.BAD_REQUEST, OperationOutcome.IssueType.INVALID, field, what);
    }

    private Response outcome(Response.Status status, OperationOutcome.IssueType type, String where, String text) {
        OperationOutcome oo = new OperationOutcome();
        oo.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR).setCode(type).setDiagnostics(text)
                .addExpression(where);
        return Response.status(status).type(FhirCodes.FHIR_JSON)
                .entity(fhir.newJsonParser().encodeResourceToString(oo)).build();
    }
}

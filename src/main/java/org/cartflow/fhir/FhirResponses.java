package org.cartflow.fhir;

import ca.uhn.fhir.context.FhirContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.cartflow.common.SiteScope;
import org.cartflow.kernel.Course;
import org.cartflow.kernel.Patient;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;

/**
 * What every /fhir route shares: the site filter (another site's record answers exactly like a missing one), the
 * searchset bundle, and the OperationOutcome of a refusal.
 */
@ApplicationScoped
public class FhirResponses {

    /** What a refused element of a write was and why (FHIRPath of the element), for the OperationOutcome. */
    public record Issue(String expression, String text) {
    }

    @Inject
    FhirContext fhir;
    @Inject
    SiteScope sites;
    @Inject
    FhirResources resources;

    /** The caller's patients with this MRN under this identifier system (any of their sites' systems when blank). */
    List<Patient> visibleByMrn(String system, String mrn) {
        return Patient.<Patient>list("site in ?1 and mrn = ?2 order by id", sites(), mrn).stream()
                .filter(p -> system == null || system.isEmpty() || system.equals(resources.mrnSystem(p.site)))
                .toList();
    }

    Optional<Patient> visiblePatient(String id) {
        return number(id).flatMap(n -> Patient.<Patient>findByIdOptional(n)).filter(this::visible);
    }

    /** The patient belongs to one of the caller's sites. */
    boolean visible(Patient p) {
        return sites.includes(p.site);
    }

    Optional<Course> visibleCourse(long id) {
        return Course.<Course>findByIdOptional(id).filter(c -> sites.includes(c.patient.site));
    }

    /** The caller's sites, as a query parameter. */
    List<String> sites() {
        return sites.asParameter();
    }

    /** The id of a patient=[Patient/]id search parameter, if it is one. */
    static Optional<String> patientParameter(String value) {
        String id = value == null ? "" : value.replaceFirst("^Patient/", "");
        return number(id).map(n -> id);
    }

    static Optional<Long> number(String id) {
        return id != null && id.matches("\\d{1,18}") ? Optional.of(Long.parseLong(id)) : Optional.empty();
    }

    Bundle searchSet(UriInfo uri, List<? extends Resource> found) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET).setTotal(found.size());
        bundle.addLink().setRelation("self").setUrl(uri.getRequestUri().toString());
        String base = uri.getBaseUri().resolve("fhir/").toString();
        for (Resource r : found) {
            bundle.addEntry().setFullUrl(base + r.fhirType() + "/" + r.getIdElement().getIdPart()).setResource(r)
                    .getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        return bundle;
    }

    Response ok(IBaseResource resource) {
        return Response.ok(encode(resource), FhirCodes.FHIR_JSON).build();
    }

    String encode(IBaseResource resource) {
        return fhir.newJsonParser().encodeResourceToString(resource);
    }

    Response searchResult(UriInfo uri, List<? extends Resource> found) {
        return ok(searchSet(uri, found));
    }

    /** The read of a resource of one course: the course must exist and be visible to the caller, else a 404. */
    Response readOfCourse(String type, String id, Optional<Long> course,
            Function<Course, Optional<? extends Resource>> find) {
        return course.flatMap(this::visibleCourse).flatMap(find).map(r -> ok(r))
                .orElseGet(() -> notFound(type, id));
    }

    /** The one of a course's resources with this id. */
    static <R extends Resource> Optional<R> withId(List<R> resources, String id) {
        return resources.stream().filter(r -> r.getIdElement().getIdPart().equals(id)).findFirst();
    }

    /** A search by patient=[Patient/]id: the resources of each of the patient's courses, or a 400 without it. */
    Response searchByPatient(UriInfo uri, String patient, Function<Course, List<? extends Resource>> ofCourse) {
        return searchOfPatient(uri, patient, p -> Course.ofPatient(p.id).stream()
                .flatMap(c -> ofCourse.apply(c).stream()).toList());
    }

    /** A search by patient=[Patient/]id of resources of the patient themselves (not only of their courses). */
    Response searchOfPatient(UriInfo uri, String patient, Function<Patient, List<? extends Resource>> ofPatient) {
        if (patientParameter(patient).isEmpty()) {
            return invalid("patient", "Search by patient=[Patient/]id; other searches are not supported.");
        }
        List<Resource> found = patientParameter(patient).flatMap(this::visiblePatient)
                .map(p -> ofPatient.apply(p).stream().<Resource>map(r -> r).toList()).orElse(List.of());
        return searchResult(uri, found);
    }

    Response notFound(String type, String id) {
        return outcome(Response.Status.NOT_FOUND, OperationOutcome.IssueType.NOTFOUND, type + "/" + id,
                "No " + type + " with id " + id + " is visible to you.");
    }

    /** A server-side failure the client cannot fix by changing the request (a bulk export that did not finish). */
    Response failed(String what) {
        return outcome(Response.Status.INTERNAL_SERVER_ERROR, OperationOutcome.IssueType.EXCEPTION, "bulk-export", what);
    }

    Response invalid(String field, String what) {
        return outcome(Response.Status.BAD_REQUEST, OperationOutcome.IssueType.INVALID, field, what);
    }

    /** A refused write: each issue names its element; status 400 (unreadable) or 422 (not importable as sent). */
    Response refused(int status, List<Issue> issues) {
        OperationOutcome oo = new OperationOutcome();
        issues.forEach(i -> oo.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR)
                .setCode(OperationOutcome.IssueType.INVALID).setDiagnostics(i.text()).addExpression(i.expression()));
        return Response.status(status).type(FhirCodes.FHIR_JSON)
                .entity(fhir.newJsonParser().encodeResourceToString(oo)).build();
    }

    /** The request body as a FHIR resource, or empty when it is not one HAPI can parse. */
    Optional<IBaseResource> parse(String body) {
        try {
            return Optional.of(fhir.newJsonParser().parseResource(body));
        } catch (ca.uhn.fhir.parser.DataFormatException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Response outcome(Response.Status status, OperationOutcome.IssueType type, String where, String text) {
        OperationOutcome oo = new OperationOutcome();
        oo.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR).setCode(type).setDiagnostics(text)
                .addExpression(where);
        return Response.status(status).type(FhirCodes.FHIR_JSON)
                .entity(fhir.newJsonParser().encodeResourceToString(oo)).build();
    }
}

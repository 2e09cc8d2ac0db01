package org.cartflow.fhir;

import static org.cartflow.common.Role.COORDINATOR;
import static org.cartflow.common.Role.NURSE;
import static org.cartflow.common.Role.PHARMACIST;
import static org.cartflow.common.Role.PHYSICIAN;

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
import org.cartflow.kernel.Course;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hl7.fhir.r4.model.Resource;

/** FHIR R4 Consent: the treatment (CONSENT-1) and leukapheresis (CONSENT-2) consents of a course. */
@Path("/fhir/Consent")
@Produces({ FhirCodes.FHIR_JSON, "application/json" })
@Tag(name = "FHIR R4")
@RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN })
public class FhirConsentResource {

    @Inject
    ConsentResources consents;
    @Inject
    FhirResponses responses;
    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    @Transactional
    @Operation(summary = "FHIR read of a consent (treatment-N, leukapheresis-N)")
    public Response read(@PathParam("id") String id) {
        return ConsentResources.courseOf(id).flatMap(responses::visibleCourse)
                .flatMap(c -> consents.consents(c).stream().filter(r -> r.getIdElement().getIdPart().equals(id))
                        .findFirst())
                .map(responses::ok).orElseGet(() -> responses.notFound("Consent", id));
    }

    @GET
    @Transactional
    @Operation(summary = "FHIR search of a patient's Consent resources (patient=[Patient/]id)")
    public Response search(@QueryParam("patient") String patient) {
        if (FhirResponses.patientParameter(patient).isEmpty()) {
            return responses.invalid("patient", "Search by patient=[Patient/]id; other searches are not supported.");
        }
        List<Resource> found = FhirResponses.patientParameter(patient).flatMap(responses::visiblePatient)
                .map(p -> Course.ofPatient(p.id).stream().flatMap(c -> consents.consents(c).stream())
                        .<Resource>map(r -> r).toList())
                .orElse(List.of());
        return responses.searchResult(uri, found);
    }
}

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** FHIR R4 Provenance: each electronic signature of a course (who signed what, when, with what meaning). */
@Path("/fhir/Provenance")
@Produces({ FhirCodes.FHIR_JSON, "application/json" })
@Tag(name = "FHIR R4")
@RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN })
public class FhirProvenanceResource {

    @Inject
    TrailResources trail;
    @Inject
    FhirResponses responses;
    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    @Transactional
    @Operation(summary = "FHIR read of an electronic signature as a Provenance of the record it signs")
    public Response read(@PathParam("id") String id) {
        return responses.readOfCourse("Provenance", id, TrailResources.courseOfSignature(id),
                c -> FhirResponses.withId(trail.provenances(c), id));
    }

    @GET
    @Transactional
    @Operation(summary = "FHIR search of the electronic signatures of a patient's courses (patient=[Patient/]id)")
    public Response search(@QueryParam("patient") String patient) {
        return responses.searchByPatient(uri, patient, trail::provenances);
    }
}

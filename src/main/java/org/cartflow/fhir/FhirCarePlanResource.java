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
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** FHIR R4 CarePlan: one per course, its planned steps and their dates. */
@Path("/fhir/CarePlan")
@Produces({ FhirCodes.FHIR_JSON, "application/json" })
@Tag(name = "FHIR R4")
@RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN })
public class FhirCarePlanResource {

    @Inject
    CarePlanResources plans;
    @Inject
    FhirResponses responses;
    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    @Transactional
    @Operation(summary = "FHIR read of a course's care plan (id = the course id)")
    public Response read(@PathParam("id") String id) {
        return responses.readOfCourse("CarePlan", id, FhirResponses.number(id), c -> Optional.of(plans.carePlan(c)));
    }

    @GET
    @Transactional
    @Operation(summary = "FHIR search of a patient's care plans (patient=[Patient/]id)")
    public Response search(@QueryParam("patient") String patient) {
        return responses.searchByPatient(uri, patient, c -> List.of(plans.carePlan(c)));
    }
}

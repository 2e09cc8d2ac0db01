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

/** FHIR R4 Procedure: each leukapheresis and the CAR-T infusion (with the bags used) of a patient's courses. */
@Path("/fhir/Procedure")
@Produces({ FhirCodes.FHIR_JSON, "application/json" })
@Tag(name = "FHIR R4")
@RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN })
public class FhirProcedureResource {

    @Inject
    CareRecordResources records;
    @Inject
    FhirResponses responses;
    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    @Transactional
    @Operation(summary = "FHIR read of a procedure (leukapheresis-N, infusion-N)")
    public Response read(@PathParam("id") String id) {
        return responses.readOfCourse("Procedure", id, records.courseOfProcedure(id),
                c -> records.procedure(c, id));
    }

    @GET
    @Transactional
    @Operation(summary = "FHIR search of a patient's procedures (patient=[Patient/]id)")
    public Response search(@QueryParam("patient") String patient) {
        return responses.searchByPatient(uri, patient, records::procedures);
    }
}

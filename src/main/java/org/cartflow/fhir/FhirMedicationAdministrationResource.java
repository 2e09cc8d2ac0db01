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

/** FHIR R4 MedicationAdministration: every LD, premedication and CRS/ICANS dose given (ld-N, premed-N-kind, crs-N). */
@Path("/fhir/MedicationAdministration")
@Produces({ FhirCodes.FHIR_JSON, "application/json" })
@Tag(name = "FHIR R4")
@RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN })
public class FhirMedicationAdministrationResource {

    @Inject
    MedicationResources medications;
    @Inject
    FhirResponses responses;
    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    @Transactional
    @Operation(summary = "FHIR read of a dose given (ld-N, premed-N-kind, crs-N)")
    public Response read(@PathParam("id") String id) {
        return responses.readOfCourse("MedicationAdministration", id, MedicationResources.courseOfAdministration(id),
                c -> FhirResponses.withId(medications.administrations(c), id));
    }

    @GET
    @Transactional
    @Operation(summary = "FHIR search of a patient's MedicationAdministration resources (patient=[Patient/]id)")
    public Response search(@QueryParam("patient") String patient) {
        return responses.searchByPatient(uri, patient, medications::administrations);
    }
}

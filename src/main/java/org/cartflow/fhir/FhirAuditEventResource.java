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
import org.cartflow.audit.AuditEvent;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * FHIR R4 AuditEvent: the audit trail of a patient and their courses, read-only like the trail itself. Clinical
 * roles only, as every /fhir route: an administrator reads the trail without clinical content at /courses/{id}/audit.
 */
@Path("/fhir/AuditEvent")
@Produces({ FhirCodes.FHIR_JSON, "application/json" })
@Tag(name = "FHIR R4")
@RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN })
public class FhirAuditEventResource {

    @Inject
    TrailResources trail;
    @Inject
    FhirResponses responses;
    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    @Transactional
    @Operation(summary = "FHIR read of one audit-trail event (who, role, what, when, why, its place in the hash chain)")
    public Response read(@PathParam("id") String id) {
        return FhirResponses.number(id).flatMap(n -> AuditEvent.<AuditEvent>findByIdOptional(n))
                .flatMap(e -> TrailResources.patientOf(e).filter(responses::visible)
                        .map(p -> responses.ok(trail.auditEvent(e, p))))
                .orElseGet(() -> responses.notFound("AuditEvent", id));
    }

    @GET
    @Transactional
    @Operation(summary = "FHIR search of a patient's audit trail, their own events and their courses' (patient=[Patient/]id)")
    public Response search(@QueryParam("patient") String patient) {
        return responses.searchOfPatient(uri, patient, trail::auditEvents);
    }
}

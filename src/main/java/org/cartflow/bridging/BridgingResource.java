package org.cartflow.bridging;

import static org.cartflow.common.Role.*;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cartflow.bridging.BridgingRequests.*;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bridging therapy (BRG-1) and the planned LD day 1 with the washout it needs (BRG-2). */
@Path("/courses/{courseId}/bridging")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Bridging")
public class BridgingResource {

    @Inject
    BridgingService bridging;

    @GET
    @RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN })
    @Operation(summary = "Regimen entries, planned LD day 1, the earliest LD start the washout allows, flags, guards")
    @APIResponseSchema(value = BridgingView.class, responseDescription = "OK; ETag is the course version")
    public Response get(@PathParam("courseId") long courseId) {
        return ok(bridging.view(courseId));
    }

    @POST
    @Path("doses")
    @RolesAllowed({ COORDINATOR, PHYSICIAN })
    @Operation(summary = "BRG-1/BRG-2: a bridging drug (class, dose, dates); another class or a short washout needs "
            + "a physician's override reason")
    @APIResponseSchema(value = BridgingView.class, responseCode = "201",
            responseDescription = "Recorded; ETag is the course version")
    public Response dose(@PathParam("courseId") long courseId, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull DoseRequest body) {
        BridgingView view = bridging.addDose(courseId, ifMatch, body);
        return Response.status(201).entity(view).tag(new EntityTag(Long.toString(view.courseVersion()))).build();
    }

    @PUT
    @Path("ld-plan")
    @RolesAllowed({ COORDINATOR, PHYSICIAN })
    @Operation(summary = "BRG-2: plan LD day 1, at least 14 days after the last bridging dose")
    @APIResponseSchema(value = BridgingView.class, responseDescription = "OK; ETag is the course version")
    public Response ldPlan(@PathParam("courseId") long courseId, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull LdPlanRequest body) {
        return ok(bridging.planLd(courseId, ifMatch, body));
    }

    private static Response ok(BridgingView view) {
        return Response.ok(view).tag(new EntityTag(Long.toString(view.courseVersion()))).build();
    }
}

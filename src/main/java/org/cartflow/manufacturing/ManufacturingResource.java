package org.cartflow.manufacturing;

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
import org.cartflow.manufacturing.ManufacturingRequests.*;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Manufacturing (MFG-1, MFG-2, MFG-INFO, AUTOLOGOUS-1): runs and their status, expected dates, second runs and
 * exception release. The steps are the manufacturing transitions of the course.
 */
@Path("/courses/{courseId}/manufacturing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Manufacturing")
public class ManufacturingResource {

    @Inject
    ManufacturingService manufacturing;

    @GET
    @RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN })
    @Operation(summary = "Runs, expected shipment and infusion date ranges (MFG-INFO), flags and guards now")
    @APIResponseSchema(value = ManufacturingView.class, responseDescription = "OK; ETag is the course version")
    public Response get(@PathParam("courseId") long courseId) {
        return ok(manufacturing.view(courseId));
    }

    @POST
    @Path("orders")
    @RolesAllowed({ COORDINATOR, PHYSICIAN })
    @Operation(summary = "Order a run quoting the chain of identity of its starting material (AUTOLOGOUS-1); a "
            + "second run (MFG-1) from a NEW_COLLECTION or the RETAINED_MATERIAL")
    @APIResponseSchema(value = ManufacturingView.class, responseCode = "201",
            responseDescription = "Recorded; ETag is the course version")
    public Response order(@PathParam("courseId") long courseId, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull OrderRequest body) {
        ManufacturingView view = manufacturing.order(courseId, ifMatch, body);
        return Response.status(201).entity(view).tag(new EntityTag(Long.toString(view.courseVersion()))).build();
    }

    @PUT
    @Path("orders/{orderId}/status")
    @RolesAllowed({ COORDINATOR, PHYSICIAN })
    @Operation(summary = "Report a run's status (IN_MANUFACTURING, RELEASE_TESTING, SHIPPED, FAILED), yield and specification")
    @APIResponseSchema(value = ManufacturingView.class, responseDescription = "OK; ETag is the course version")
    public Response status(@PathParam("courseId") long courseId, @PathParam("orderId") long orderId,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull StatusRequest body) {
        return ok(manufacturing.updateStatus(courseId, orderId, ifMatch, body));
    }

    @POST
    @Path("orders/{orderId}/deviation-review")
    @RolesAllowed({ COORDINATOR, PHYSICIAN })
    @Operation(summary = "MFG-2: review of an out-of-specification run's deviation and of the patient's condition")
    @APIResponseSchema(value = ManufacturingView.class, responseDescription = "OK; ETag is the course version")
    public Response review(@PathParam("courseId") long courseId, @PathParam("orderId") long orderId,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull DeviationReviewRequest body) {
        return ok(manufacturing.reviewDeviation(courseId, orderId, ifMatch, body));
    }

    @POST
    @Path("orders/{orderId}/exception-release")
    @RolesAllowed({ PHYSICIAN })
    @Operation(summary = "MFG-2: the treating physician agrees to accept an out-of-specification run by exception")
    @APIResponseSchema(value = ManufacturingView.class, responseDescription = "OK; ETag is the course version")
    public Response exception(@PathParam("courseId") long courseId, @PathParam("orderId") long orderId,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ExceptionReleaseRequest body) {
        return ok(manufacturing.releaseByException(courseId, orderId, ifMatch, body));
    }

    private static Response ok(ManufacturingView view) {
        return Response.ok(view).tag(new EntityTag(Long.toString(view.courseVersion()))).build();
    }
}

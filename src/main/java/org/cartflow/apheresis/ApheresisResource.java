package org.cartflow.apheresis;

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
import org.cartflow.apheresis.ApheresisRequests.*;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The apheresis stage (APH-1, CONSENT-2, APH-2, AUTOLOGOUS-1, APH-3): infection screening, leukapheresis consent,
 * slot, collection with its chain of identity, and the cold-chain shipment. The steps themselves are the
 * "start-collection" and "start-manufacturing" transitions of the course.
 */
@Path("/courses/{courseId}/apheresis")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Apheresis")
public class ApheresisResource {

    @Inject
    ApheresisService apheresis;

    @GET
    @RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN })
    @Operation(summary = "Screening, consent, slot, collections, shipments, journey flags and the stage's guards now")
    @APIResponseSchema(value = ApheresisView.class, responseDescription = "OK; ETag is the course version")
    public Response get(@PathParam("courseId") long courseId) {
        return ok(apheresis.view(courseId));
    }

    @POST
    @Path("infection-tests")
    @RolesAllowed({ COORDINATOR, PHYSICIAN })
    @Operation(summary = "APH-1: a CMV, HBsAg, anti-HBc, HCV or HIV result; a positive one flags post-infusion monitoring")
    @APIResponseSchema(value = ApheresisView.class, responseCode = "201",
            responseDescription = "Recorded; ETag is the course version")
    public Response infectionTest(@PathParam("courseId") long courseId, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull InfectionTestRequest body) {
        return created(apheresis.recordInfectionTest(courseId, ifMatch, body));
    }

    @PUT
    @Path("consent")
    @RolesAllowed({ COORDINATOR, PHYSICIAN })
    @Operation(summary = "CONSENT-2: written, witnessed consent to the use of the collected cells")
    @APIResponseSchema(value = ApheresisView.class, responseDescription = "OK; ETag is the course version")
    public Response consent(@PathParam("courseId") long courseId, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull LeukapheresisConsentRequest body) {
        return ok(apheresis.recordConsent(courseId, ifMatch, body));
    }

    @PUT
    @Path("slot")
    @RolesAllowed({ COORDINATOR, PHYSICIAN })
    @Operation(summary = "Book the leukapheresis slot (date and time in the hospital's zone, unit); needs APH-1")
    @APIResponseSchema(value = ApheresisView.class, responseDescription = "OK; ETag is the course version")
    public Response slot(@PathParam("courseId") long courseId, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull SlotRequest body) {
        return ok(apheresis.bookSlot(courseId, ifMatch, body));
    }

    @POST
    @Path("collections")
    @RolesAllowed({ COORDINATOR, PHYSICIAN })
    @Operation(summary = "APH-2, AUTOLOGOUS-1: record the leukapheresis and its chain of identity (COI ID, ISBT 128 "
            + "DIN with its check character); a mobilized collection is recorded but never shipped for manufacture (APH-2 has no override)")
    @APIResponseSchema(value = ApheresisView.class, responseCode = "201",
            responseDescription = "Recorded; ETag is the course version")
    public Response collection(@PathParam("courseId") long courseId, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CollectionRequest body) {
        return created(apheresis.recordCollection(courseId, ifMatch, body));
    }

    @PUT
    @Path("shipment")
    @RolesAllowed({ COORDINATOR, PHYSICIAN })
    @Operation(summary = "APH-3: pack the latest collection in a 2-8 °C transport box")
    @APIResponseSchema(value = ApheresisView.class, responseDescription = "OK; ETag is the course version")
    public Response shipment(@PathParam("courseId") long courseId, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ShipmentRequest body) {
        return ok(apheresis.packShipment(courseId, ifMatch, body));
    }

    @POST
    @Path("shipment/handoffs")
    @RolesAllowed({ COORDINATOR, PHYSICIAN })
    @Operation(summary = "Chain of custody: who handed the box to whom, when and where")
    @APIResponseSchema(value = ApheresisView.class, responseCode = "201",
            responseDescription = "Recorded; ETag is the course version")
    public Response handoff(@PathParam("courseId") long courseId, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull HandoffRequest body) {
        return created(apheresis.recordHandoff(courseId, ifMatch, body));
    }

    @POST
    @Path("shipment/temperatures")
    @RolesAllowed({ COORDINATOR, PHYSICIAN })
    @Operation(summary = "APH-3: a box temperature; outside 2.0-8.0 °C it is an excursion that needs a decision")
    @APIResponseSchema(value = ApheresisView.class, responseCode = "201",
            responseDescription = "Recorded; ETag is the course version")
    public Response temperature(@PathParam("courseId") long courseId, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull TemperatureRequest body) {
        return created(apheresis.recordTemperature(courseId, ifMatch, body));
    }

    @POST
    @Path("shipment/temperatures/{readingId}/decision")
    @RolesAllowed({ PHYSICIAN })
    @Operation(summary = "APH-3: a physician's documented decision on an excursion")
    @APIResponseSchema(value = ApheresisView.class, responseDescription = "OK; ETag is the course version")
    public Response decide(@PathParam("courseId") long courseId, @PathParam("readingId") long readingId,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ExcursionDecisionRequest body) {
        return ok(apheresis.decideExcursion(courseId, readingId, ifMatch, body));
    }

    private static Response ok(ApheresisView view) {
        return Response.ok(view).tag(new EntityTag(Long.toString(view.courseVersion()))).build();
    }

    private static Response created(ApheresisView view) {
        return Response.status(201).entity(view).tag(new EntityTag(Long.toString(view.courseVersion()))).build();
    }
}

package org.cartflow.lymphodepletion;

import static org.cartflow.common.Role.*;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.cartflow.common.IdempotencyInterceptor;
import org.cartflow.common.Idempotent;
import org.cartflow.lymphodepletion.LdCalculator.BsaMethod;
import org.cartflow.lymphodepletion.LdCalculator.Calculation;
import org.cartflow.lymphodepletion.LdCalculator.WeightBasis;
import org.cartflow.lymphodepletion.LdRequests.*;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Lymphodepletion (LD-1..3, DELAY-1/2): assessment, dose calculation, order, verification, administration. */
@Path("/courses/{courseId}/lymphodepletion")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Lymphodepletion")
public class LymphodepletionResource {

    @Inject
    LymphodepletionService ld;
    @Inject
    LdRescheduling rescheduling;

    @GET
    @RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN })
    @Operation(summary = "Latest pre-LD assessment, orders with their arithmetic and verification, doses given")
    @APIResponseSchema(value = LymphodepletionView.class, responseDescription = "OK; ETag is the course version")
    public Response get(@PathParam("courseId") long courseId) {
        return ok(ld.view(courseId));
    }

    @POST
    @Path("assessments")
    @RolesAllowed({ PHYSICIAN, NURSE })
    @Transactional
    @Idempotent
    @Operation(summary = "LD-2, DELAY-1/2: pre-LD assessment; a >10 % weight change or a new renal tier voids open orders")
    @APIResponseSchema(value = LymphodepletionView.class, responseCode = "201",
            responseDescription = "Recorded; ETag is the course version")
    public Response assess(@PathParam("courseId") long courseId, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(IdempotencyInterceptor.HEADER) String idempotencyKey, @Valid @NotNull AssessmentRequest body) {
        LymphodepletionView v = ld.recordAssessment(courseId, ifMatch, body);
        return Response.status(201).entity(v).tag(new EntityTag(Long.toString(v.courseVersion()))).build();
    }

    @GET
    @Path("calculation")
    @RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN })
    @Operation(summary = "LD-1, LD-3: the dose arithmetic step by step from the latest assessment (nothing is saved)")
    public Calculation calculation(@PathParam("courseId") long courseId, @QueryParam("bsaMethod") BsaMethod bsaMethod,
            @QueryParam("weightBasis") WeightBasis weightBasis, @QueryParam("normaliseTo173") Boolean normalise,
            @QueryParam("bsaCapM2") @DecimalMin("1.0") @DecimalMax("3.0") BigDecimal bsaCap) {
        return ld.preview(courseId, new CalculationOptions(bsaMethod, weightBasis, normalise, bsaCap));
    }

    @POST
    @Path("orders")
    @RolesAllowed({ PHYSICIAN })
    @Transactional
    @Idempotent
    @Operation(summary = "Prescribe LD (physician): calculated doses, or different doses with a reason")
    @APIResponseSchema(value = LymphodepletionView.class, responseCode = "201",
            responseDescription = "Recorded; ETag is the course version")
    public Response prescribe(@PathParam("courseId") long courseId, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(IdempotencyInterceptor.HEADER) String idempotencyKey, @Valid @NotNull OrderRequest body) {
        LymphodepletionView v = ld.prescribe(courseId, ifMatch, body);
        return Response.status(201).entity(v).tag(new EntityTag(Long.toString(v.courseVersion()))).build();
    }

    @POST
    @Path("orders/{orderId}/verification")
    @RolesAllowed({ PHARMACIST })
    @Transactional
    @Idempotent
    @Operation(summary = "Independent verification (pharmacist, not the prescriber): recomputed, within tolerance; "
            + "an electronic signature meaning 'verified LD doses'")
    @APIResponseSchema(value = LymphodepletionView.class, responseDescription = "OK; ETag is the course version")
    public Response verify(@PathParam("courseId") long courseId, @PathParam("orderId") long orderId,
            @HeaderParam("If-Match") String ifMatch, @HeaderParam(IdempotencyInterceptor.HEADER) String idempotencyKey) {
        return ok(ld.verify(courseId, orderId, ifMatch));
    }

    @POST
    @Path("orders/{orderId}/rejection")
    @RolesAllowed({ PHARMACIST })
    @Transactional
    @Idempotent
    @Operation(summary = "Reject an order with a reason (pharmacist)")
    @APIResponseSchema(value = LymphodepletionView.class, responseDescription = "OK; ETag is the course version")
    public Response reject(@PathParam("courseId") long courseId, @PathParam("orderId") long orderId,
            @HeaderParam("If-Match") String ifMatch, @HeaderParam(IdempotencyInterceptor.HEADER) String idempotencyKey,
            @Valid @NotNull RejectionRequest body) {
        return ok(ld.reject(courseId, orderId, ifMatch, body));
    }

    @POST
    @Path("orders/{orderId}/plan-moves")
    @RolesAllowed({ COORDINATOR, PHYSICIAN })
    @Transactional
    @Idempotent
    @Operation(summary = "LD-1: a missed or delayed LD day moves the plan (that day and the later ones) with a reason; "
            + "a gap after a given day is the physician's decision")
    @APIResponseSchema(value = LymphodepletionView.class, responseDescription = "OK; ETag is the course version")
    public Response movePlan(@PathParam("courseId") long courseId, @PathParam("orderId") long orderId,
            @HeaderParam("If-Match") String ifMatch, @HeaderParam(IdempotencyInterceptor.HEADER) String idempotencyKey,
            @Valid @NotNull PlanMoveRequest body) {
        return ok(rescheduling.move(courseId, orderId, ifMatch, body));
    }

    @POST
    @Path("administrations")
    @RolesAllowed({ NURSE })
    @Transactional
    @Idempotent
    @Operation(summary = "Record one LD dose given (nurse): verified order, days in order, one per drug per day")
    @APIResponseSchema(value = LymphodepletionView.class, responseCode = "201",
            responseDescription = "Recorded; ETag is the course version")
    public Response administer(@PathParam("courseId") long courseId, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(IdempotencyInterceptor.HEADER) String idempotencyKey, @Valid @NotNull AdministrationRequest body) {
        LymphodepletionView v = ld.administer(courseId, ifMatch, body);
        return Response.status(201).entity(v).tag(new EntityTag(Long.toString(v.courseVersion()))).build();
    }

    private static Response ok(LymphodepletionView v) {
        return Response.ok(v).tag(new EntityTag(Long.toString(v.courseVersion()))).build();
    }
}

package org.cartflow.eligibility;

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
import org.cartflow.eligibility.EligibilityRequests.*;
import jakarta.transaction.Transactional;
import org.cartflow.common.IdempotencyInterceptor;
import org.cartflow.common.Idempotent;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The eligibility work-up (SITE-1, ELIG-1..6, HYPERSENS-1, CONSENT-1). Each PUT records a new current finding and
 * keeps the earlier ones; the decision itself is the "declare-eligible" transition of the course.
 */
@Path("/courses/{courseId}/eligibility")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Eligibility")
public class EligibilityResource {

    @Inject
    EligibilityService eligibility;

    @GET
    @RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN })
    @Operation(summary = "Current findings and, for each eligibility guard, whether it passes now")
    @APIResponseSchema(value = EligibilityView.class, responseDescription = "OK; ETag is the course version")
    public Response get(@PathParam("courseId") long courseId) {
        return ok(eligibility.view(courseId));
    }

    @PUT
    @Path("site-qualification")
    @RolesAllowed({ COORDINATOR, PHYSICIAN })
    @Operation(summary = "SITE-1: the site's CRS emergency capability and the treating physician's qualification")
    @APIResponseSchema(value = EligibilityView.class, responseDescription = "OK; ETag is the course version")
    public Response site(@PathParam("courseId") long courseId, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull SiteQualificationRequest body) {
        return ok(eligibility.recordSite(courseId, ifMatch, body));
    }

    @PUT
    @Path("diagnosis")
    @RolesAllowed({ COORDINATOR, PHYSICIAN })
    @Operation(summary = "ELIG-1: diagnosis and disease status")
    @APIResponseSchema(value = EligibilityView.class, responseDescription = "OK; ETag is the course version")
    public Response diagnosis(@PathParam("courseId") long courseId, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull DiagnosisRequest body) {
        return ok(eligibility.recordDiagnosis(courseId, ifMatch, body));
    }

    @POST
    @Path("therapy-lines")
    @RolesAllowed({ COORDINATOR, PHYSICIAN })
    @Transactional
    @Idempotent
    @Operation(summary = "ELIG-2/3/4: add a prior line of therapy with its drug classes and outcome")
    @APIResponseSchema(value = EligibilityView.class, responseCode = "201",
            responseDescription = "Recorded; ETag is the course version")
    public Response addLine(@PathParam("courseId") long courseId, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(IdempotencyInterceptor.HEADER) String idempotencyKey,
            @Valid @NotNull TherapyLineRequest body) {
        EligibilityView view = eligibility.addTherapyLine(courseId, ifMatch, body);
        return Response.status(201).entity(view).tag(new EntityTag(Long.toString(view.courseVersion()))).build();
    }

    @POST
    @Path("therapy-lines/{lineId}/retraction")
    @RolesAllowed({ COORDINATOR, PHYSICIAN })
    @Transactional
    @Idempotent
    @Operation(summary = "Retract a line entered in error (kept, marked retracted, with the reason)")
    @APIResponseSchema(value = EligibilityView.class, responseDescription = "OK; ETag is the course version")
    public Response retractLine(@PathParam("courseId") long courseId, @PathParam("lineId") long lineId,
            @HeaderParam("If-Match") String ifMatch, @HeaderParam(IdempotencyInterceptor.HEADER) String idempotencyKey,
            @Valid @NotNull RetractionRequest body) {
        return ok(eligibility.retractTherapyLine(courseId, lineId, ifMatch, body));
    }

    @PUT
    @Path("ecog")
    @RolesAllowed({ COORDINATOR, PHYSICIAN })
    @Operation(summary = "ELIG-5 (trial): ECOG performance status at screening")
    @APIResponseSchema(value = EligibilityView.class, responseDescription = "OK; ETag is the course version")
    public Response ecog(@PathParam("courseId") long courseId, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull EcogRequest body) {
        return ok(eligibility.recordEcog(courseId, ifMatch, body));
    }

    @PUT
    @Path("pregnancy-status")
    @RolesAllowed({ COORDINATOR, PHYSICIAN })
    @Operation(summary = "ELIG-6: pregnancy status, negative test and contraception counselling")
    @APIResponseSchema(value = EligibilityView.class, responseDescription = "OK; ETag is the course version")
    public Response pregnancy(@PathParam("courseId") long courseId, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull PregnancyStatusRequest body) {
        return ok(eligibility.recordPregnancy(courseId, ifMatch, body));
    }

    @POST
    @Path("pregnancy-benefit-risk")
    @RolesAllowed({ PHYSICIAN })
    @Operation(summary = "ELIG-6: a physician's judgement that the benefit outweighs the risk for a pregnant patient, "
            + "with the contraception plan; answers the current pregnancy status only")
    @APIResponseSchema(value = EligibilityView.class, responseDescription = "OK; ETag is the course version")
    public Response pregnancyBenefitRisk(@PathParam("courseId") long courseId, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull PregnancyBenefitRiskRequest body) {
        return ok(eligibility.recordPregnancyBenefitRisk(courseId, ifMatch, body));
    }

    @PUT
    @Path("hypersensitivity")
    @RolesAllowed({ COORDINATOR, PHYSICIAN })
    @Operation(summary = "HYPERSENS-1: history of hypersensitivity to the product's components")
    @APIResponseSchema(value = EligibilityView.class, responseDescription = "OK; ETag is the course version")
    public Response hypersensitivity(@PathParam("courseId") long courseId, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull HypersensitivityRequest body) {
        return ok(eligibility.recordHypersensitivity(courseId, ifMatch, body));
    }

    @PUT
    @Path("consent")
    @RolesAllowed({ COORDINATOR, PHYSICIAN })
    @Operation(summary = "CONSENT-1: written consent to treatment after a written explanation")
    @APIResponseSchema(value = EligibilityView.class, responseDescription = "OK; ETag is the course version")
    public Response consent(@PathParam("courseId") long courseId, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ConsentRequest body) {
        return ok(eligibility.recordConsent(courseId, ifMatch, body));
    }

    private static Response ok(EligibilityView view) {
        return Response.ok(view).tag(new EntityTag(Long.toString(view.courseVersion()))).build();
    }
}

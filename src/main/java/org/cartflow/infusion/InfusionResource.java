package org.cartflow.infusion;

import static org.cartflow.common.Role.*;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cartflow.common.IdempotencyInterceptor;
import org.cartflow.common.Idempotent;
import org.cartflow.infusion.InfusionRequests.*;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Infusion day: the clinical check and premedication, then the label's bedside steps per bag in their only order
 * (INF-1..INF-13, RATE-1). Nurses and physicians record; pharmacists and coordinators read; physicians document
 * deviations.
 */
@Path("/courses/{courseId}/infusion")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Infusion")
public class InfusionResource {

    @Inject
    InfusionService infusion;
    @Inject
    BedsideService bedside;

    @GET
    @RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN })
    @Operation(summary = "Readiness, premedication window, tocilizumab, each bag's next step and its 60-minute countdown")
    @APIResponseSchema(value = InfusionView.class, responseDescription = "OK; ETag is the course version")
    public Response get(@PathParam("courseId") long courseId) {
        return ok(infusion.view(courseId), 200);
    }

    @POST
    @Path("readiness")
    @RolesAllowed({ NURSE, PHYSICIAN })
    @Transactional
    @Idempotent
    @Operation(summary = "DELAY-1/2, INF-2: the same-day clinical check, vital signs and anaphylaxis readiness")
    @APIResponseSchema(value = InfusionView.class, responseCode = "201",
            responseDescription = "Recorded; ETag is the course version")
    public Response readiness(@PathParam("courseId") long courseId, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(IdempotencyInterceptor.HEADER) String key, @Valid @NotNull ReadinessRequest body) {
        return ok(infusion.recordReadiness(courseId, ifMatch, body), 201);
    }

    @POST
    @Path("premedication")
    @RolesAllowed({ NURSE, PHYSICIAN })
    @Transactional
    @Idempotent
    @Operation(summary = "INF-2: acetaminophen plus an H1 antihistamine; the first bag starts 30-60 minutes later")
    @APIResponseSchema(value = InfusionView.class, responseCode = "201",
            responseDescription = "Recorded; ETag is the course version")
    public Response premedication(@PathParam("courseId") long courseId, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(IdempotencyInterceptor.HEADER) String key, @Valid @NotNull PremedicationRequest body) {
        return ok(infusion.recordPremedication(courseId, ifMatch, body), 201);
    }

    @POST
    @Path("bags/{bagId}/identity-check")
    @RolesAllowed({ NURSE, PHYSICIAN })
    @Transactional
    @Idempotent
    @Operation(summary = "INF-4 (a): cassette and bag identifiers against the patient, before thaw; first signer")
    @APIResponseSchema(value = InfusionView.class, responseDescription = "OK; ETag is the course version")
    public Response identityCheck(@PathParam("courseId") long courseId, @PathParam("bagId") long bagId,
            @HeaderParam("If-Match") String ifMatch, @HeaderParam(IdempotencyInterceptor.HEADER) String key,
            @Valid @NotNull IdentityCheckRequest body) {
        return ok(bedside.identityCheck(courseId, bagId, ifMatch, body), 200);
    }

    @POST
    @Path("bags/{bagId}/identity-cosign")
    @RolesAllowed({ NURSE, PHYSICIAN })
    @Transactional
    @Idempotent
    @Operation(summary = "INF-4 (a): the second, different person checks the same identifiers")
    @APIResponseSchema(value = InfusionView.class, responseDescription = "OK; ETag is the course version")
    public Response identityCosign(@PathParam("courseId") long courseId, @PathParam("bagId") long bagId,
            @HeaderParam("If-Match") String ifMatch, @HeaderParam(IdempotencyInterceptor.HEADER) String key,
            @Valid @NotNull IdentityCheckRequest body) {
        return ok(bedside.identityCosign(courseId, bagId, ifMatch, body), 200);
    }

    @POST
    @Path("bags/{bagId}/inspection")
    @RolesAllowed({ NURSE, PHYSICIAN })
    @Transactional
    @Idempotent
    @Operation(summary = "INF-5 (b): damage or leak quarantines the bag for good")
    @APIResponseSchema(value = InfusionView.class, responseDescription = "OK; ETag is the course version")
    public Response inspection(@PathParam("courseId") long courseId, @PathParam("bagId") long bagId,
            @HeaderParam("If-Match") String ifMatch, @HeaderParam(IdempotencyInterceptor.HEADER) String key,
            @Valid @NotNull InspectionRequest body) {
        return ok(bedside.inspect(courseId, bagId, ifMatch, body), 200);
    }

    @POST
    @Path("bags/{bagId}/thaw-start")
    @RolesAllowed({ NURSE, PHYSICIAN })
    @Transactional
    @Idempotent
    @Operation(summary = "INF-1, INF-6, INF-7 (c): start thawing at about 37 C; one bag at a time; the 60 minutes start")
    @APIResponseSchema(value = InfusionView.class, responseDescription = "OK; ETag is the course version")
    public Response thawStart(@PathParam("courseId") long courseId, @PathParam("bagId") long bagId,
            @HeaderParam("If-Match") String ifMatch, @HeaderParam(IdempotencyInterceptor.HEADER) String key,
            @Valid @NotNull ThawStartRequest body) {
        return ok(bedside.thawStart(courseId, bagId, ifMatch, body), 200);
    }

    @POST
    @Path("bags/{bagId}/thaw-complete")
    @RolesAllowed({ NURSE, PHYSICIAN })
    @Transactional
    @Idempotent
    @Operation(summary = "INF-7 (d): completely thawed; refrozen, washed, centrifuged or resuspended quarantines it")
    @APIResponseSchema(value = InfusionView.class, responseDescription = "OK; ETag is the course version")
    public Response thawComplete(@PathParam("courseId") long courseId, @PathParam("bagId") long bagId,
            @HeaderParam("If-Match") String ifMatch, @HeaderParam(IdempotencyInterceptor.HEADER) String key,
            @Valid @NotNull ThawCompleteRequest body) {
        return ok(bedside.thawComplete(courseId, bagId, ifMatch, body), 200);
    }

    @POST
    @Path("bags/{bagId}/line-setup")
    @RolesAllowed({ NURSE, PHYSICIAN })
    @Transactional
    @Idempotent
    @Operation(summary = "INF-8, INF-10 (e): saline-primed tubing, no leukocyte-depleting filter, not irradiated")
    @APIResponseSchema(value = InfusionView.class, responseDescription = "OK; ETag is the course version")
    public Response lineSetup(@PathParam("courseId") long courseId, @PathParam("bagId") long bagId,
            @HeaderParam("If-Match") String ifMatch, @HeaderParam(IdempotencyInterceptor.HEADER) String key,
            @Valid @NotNull LineSetupRequest body) {
        return ok(bedside.lineSetup(courseId, bagId, ifMatch, body), 200);
    }

    @POST
    @Path("bags/{bagId}/bedside-identity-check")
    @RolesAllowed({ NURSE, PHYSICIAN })
    @Transactional
    @Idempotent
    @Operation(summary = "INF-9 (f): bag label and wristband scanned against the patient again")
    @APIResponseSchema(value = InfusionView.class, responseDescription = "OK; ETag is the course version")
    public Response bedsideIdentityCheck(@PathParam("courseId") long courseId, @PathParam("bagId") long bagId,
            @HeaderParam("If-Match") String ifMatch, @HeaderParam(IdempotencyInterceptor.HEADER) String key,
            @Valid @NotNull BedsideIdentityRequest body) {
        return ok(bedside.bedsideIdentityCheck(courseId, bagId, ifMatch, body), 200);
    }

    @POST
    @Path("bags/{bagId}/bedside-identity-cosign")
    @RolesAllowed({ NURSE, PHYSICIAN })
    @Transactional
    @Idempotent
    @Operation(summary = "INF-9 downtime path: a second user types the bag label and wristband again and co-signs a "
            + "manual bedside identity check (needed before infusion-start only after a TYPED check)")
    @APIResponseSchema(value = InfusionView.class, responseDescription = "OK; ETag is the course version")
    public Response bedsideIdentityCosign(@PathParam("courseId") long courseId, @PathParam("bagId") long bagId,
            @HeaderParam("If-Match") String ifMatch, @HeaderParam(IdempotencyInterceptor.HEADER) String key,
            @Valid @NotNull BedsideIdentityRequest body) {
        return ok(bedside.bedsideIdentityCosign(courseId, bagId, ifMatch, body), 200);
    }

    @POST
    @Path("bags/{bagId}/infusion-start")
    @RolesAllowed({ NURSE, PHYSICIAN })
    @Transactional
    @Idempotent
    @Operation(summary = "INF-2, RATE-1 (g): first bag 30-60 minutes after premedication; pump at most 10 mL/min")
    @APIResponseSchema(value = InfusionView.class, responseDescription = "OK; ETag is the course version")
    public Response infusionStart(@PathParam("courseId") long courseId, @PathParam("bagId") long bagId,
            @HeaderParam("If-Match") String ifMatch, @HeaderParam(IdempotencyInterceptor.HEADER) String key,
            @Valid @NotNull InfusionStartRequest body) {
        return ok(bedside.infusionStart(courseId, bagId, ifMatch, body), 200);
    }

    @POST
    @Path("bags/{bagId}/infusion-end")
    @RolesAllowed({ NURSE, PHYSICIAN })
    @Transactional
    @Idempotent
    @Operation(summary = "RATE-1, INF-11 (g): volume over duration at most 10 mL/min; within 60 minutes of thaw start")
    @APIResponseSchema(value = InfusionView.class, responseDescription = "OK; ETag is the course version")
    public Response infusionEnd(@PathParam("courseId") long courseId, @PathParam("bagId") long bagId,
            @HeaderParam("If-Match") String ifMatch, @HeaderParam(IdempotencyInterceptor.HEADER) String key,
            @Valid @NotNull InfusionEndRequest body) {
        return ok(bedside.infusionEnd(courseId, bagId, ifMatch, body), 200);
    }

    @POST
    @Path("bags/{bagId}/back-prime")
    @RolesAllowed({ NURSE, PHYSICIAN })
    @Transactional
    @Idempotent
    @Operation(summary = "INF-10 (h): back-prime the bag with saline after the full volume; the bag is then infused")
    @APIResponseSchema(value = InfusionView.class, responseDescription = "OK; ETag is the course version")
    public Response backPrime(@PathParam("courseId") long courseId, @PathParam("bagId") long bagId,
            @HeaderParam("If-Match") String ifMatch, @HeaderParam(IdempotencyInterceptor.HEADER) String key,
            @Valid @NotNull BackPrimeRequest body) {
        return ok(bedside.backPrime(courseId, bagId, ifMatch, body), 200);
    }

    @POST
    @Path("bags/{bagId}/disposal")
    @RolesAllowed({ NURSE, PHYSICIAN })
    @Transactional
    @Idempotent
    @Operation(summary = "INF-13 (i): the bag and leftovers disposed of as infectious waste")
    @APIResponseSchema(value = InfusionView.class, responseDescription = "OK; ETag is the course version")
    public Response disposal(@PathParam("courseId") long courseId, @PathParam("bagId") long bagId,
            @HeaderParam("If-Match") String ifMatch, @HeaderParam(IdempotencyInterceptor.HEADER) String key,
            @Valid @NotNull DisposalRequest body) {
        return ok(bedside.dispose(courseId, bagId, ifMatch, body), 200);
    }

    @POST
    @Path("bags/{bagId}/not-infusable")
    @RolesAllowed({ PHYSICIAN })
    @Transactional
    @Idempotent
    @Operation(summary = "INF-12 (physician): document a bag as not infusable with the reason (damaged, past 60 "
            + "minutes, stopped)")
    @APIResponseSchema(value = InfusionView.class, responseDescription = "OK; ETag is the course version")
    public Response notInfusable(@PathParam("courseId") long courseId, @PathParam("bagId") long bagId,
            @HeaderParam("If-Match") String ifMatch, @HeaderParam(IdempotencyInterceptor.HEADER) String key,
            @Valid @NotNull NotInfusableRequest body) {
        return ok(bedside.notInfusable(courseId, bagId, ifMatch, body), 200);
    }

    @POST
    @Path("delay")
    @RolesAllowed({ PHYSICIAN })
    @Transactional
    @Idempotent
    @Operation(summary = "LD-1, DELAY-1/2: physician postpones the infusion beyond the planned day 0 (or confirms the "
            + "delay again), with the cause and reason; needed to confirm or thaw on a later day")
    @APIResponseSchema(value = InfusionView.class, responseCode = "201",
            responseDescription = "Recorded; ETag is the course version")
    public Response delay(@PathParam("courseId") long courseId, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(IdempotencyInterceptor.HEADER) String key, @Valid @NotNull InfusionDelayRequest body) {
        return ok(infusion.recordDelay(courseId, ifMatch, body), 201);
    }

    @POST
    @Path("deviations/{deviationId}/review")
    @RolesAllowed({ PHYSICIAN })
    @Transactional
    @Idempotent
    @Operation(summary = "Physician: review a bedside deviation that record-infusion kept (a rule found broken after "
            + "the fact), with a note")
    @APIResponseSchema(value = InfusionView.class, responseDescription = "OK; ETag is the course version")
    public Response reviewDeviation(@PathParam("courseId") long courseId, @PathParam("deviationId") long deviationId,
            @HeaderParam("If-Match") String ifMatch, @HeaderParam(IdempotencyInterceptor.HEADER) String key,
            @Valid @NotNull InfusionRequests.DeviationReviewRequest body) {
        return ok(infusion.reviewDeviation(courseId, deviationId, ifMatch, body.note()), 200);
    }

    private static Response ok(InfusionView v, int status) {
        return Response.status(status).entity(v).tag(new EntityTag(Long.toString(v.courseVersion()))).build();
    }
}

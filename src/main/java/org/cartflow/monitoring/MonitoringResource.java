package org.cartflow.monitoring;

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
import org.cartflow.monitoring.MonitoringRequests.*;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Day 0-14 monitoring (MON-1..4, CRS-ALG, NEURO-ALG) and the discharge arrangements (MON-2, POST-1..4). */
@Path("/courses/{courseId}/monitoring")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Monitoring")
public class MonitoringResource {

    @Inject
    MonitoringService monitoring;

    @GET
    @RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN })
    @Operation(summary = "The monitoring board: assessments with CRS/ICANS grades, missing days, alerts, drugs")
    @APIResponseSchema(value = MonitoringView.class, responseDescription = "OK; ETag is the course version")
    public Response get(@PathParam("courseId") long courseId) {
        return ok(monitoring.view(courseId));
    }

    @POST
    @Path("assessments")
    @RolesAllowed({ NURSE, PHYSICIAN })
    @Operation(summary = "MON-1/3/4: record an assessment; the ASTCT 2019 CRS and ICANS grades are computed")
    @APIResponseSchema(value = MonitoringView.class, responseDescription = "OK; ETag is the course version")
    public Response assess(@PathParam("courseId") long courseId, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull AssessmentRequest body) {
        return ok(monitoring.recordAssessment(courseId, ifMatch, body));
    }

    @POST
    @Path("interventions")
    @RolesAllowed({ NURSE, PHYSICIAN })
    @Operation(summary = "CRS-ALG/NEURO-ALG: record tocilizumab (dose per kg, cap and spacing from the site's tocilizumab policy, by default 8 mg/kg, max 800 mg, 8 h apart), steroid, "
            + "anakinra or siltuximab given")
    @APIResponseSchema(value = MonitoringView.class, responseDescription = "OK; ETag is the course version")
    public Response intervene(@PathParam("courseId") long courseId, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull InterventionRequest body) {
        return ok(monitoring.recordIntervention(courseId, ifMatch, body));
    }

    @PUT
    @Path("tocilizumab-stock")
    @RolesAllowed({ NURSE, PHARMACIST })
    @Operation(summary = "CRS-ALG: doses of tocilizumab on hand for this patient")
    @APIResponseSchema(value = MonitoringView.class, responseDescription = "OK; ETag is the course version")
    public Response stock(@PathParam("courseId") long courseId, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull StockRequest body) {
        return ok(monitoring.recordStock(courseId, ifMatch, body));
    }

    @POST
    @Path("assessments/{assessmentId}/fever-attribution")
    @RolesAllowed({ PHYSICIAN })
    @Operation(summary = "CRS-ALG: physician attributes an assessment's fever to a documented infection or other cause; "
            + "it then is not CRS, and the assessment and the later ones are regraded")
    @APIResponseSchema(value = MonitoringView.class, responseDescription = "OK; ETag is the course version")
    public Response feverAttribution(@PathParam("courseId") long courseId,
            @PathParam("assessmentId") long assessmentId, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull FeverAttributionRequest body) {
        return ok(monitoring.attributeFever(courseId, assessmentId, ifMatch, body));
    }

    @POST
    @Path("missed-days")
    @RolesAllowed({ PHYSICIAN })
    @Operation(summary = "MON-1, MON-3, MON-4: physician explains a day since day 0 without a CRS/ICANS assessment "
            + "(discharge needs every earlier day assessed or explained)")
    @APIResponseSchema(value = MonitoringView.class, responseCode = "201",
            responseDescription = "Recorded; ETag is the course version")
    public Response missedDay(@PathParam("courseId") long courseId, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull MissedDayRequest body) {
        MonitoringView v = monitoring.explainMissedDay(courseId, ifMatch, body);
        return Response.status(201).entity(v).tag(new EntityTag(Long.toString(v.courseVersion()))).build();
    }

    @PUT
    @Path("discharge-record")
    @RolesAllowed({ NURSE, PHYSICIAN })
    @Operation(summary = "MON-2, POST-1..4: caregiver, lodging within 30 minutes, after-care acknowledgements")
    @APIResponseSchema(value = MonitoringView.class, responseDescription = "OK; ETag is the course version")
    public Response discharge(@PathParam("courseId") long courseId, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull DischargeRecordRequest body) {
        return ok(monitoring.recordDischarge(courseId, ifMatch, body));
    }

    @POST
    @Path("labs")
    @RolesAllowed({ NURSE, PHYSICIAN })
    @Operation(summary = "MON-5..8: blood counts (CTCAE v5.0 grades computed), CRP, ferritin, tumour-lysis labs, "
            + "IgG, infections, HBV/HCV markers")
    @APIResponseSchema(value = MonitoringView.class, responseDescription = "OK; ETag is the course version")
    public Response labs(@PathParam("courseId") long courseId, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull LabRequest body) {
        return ok(monitoring.recordLabs(courseId, ifMatch, body));
    }

    @POST
    @Path("responses")
    @RolesAllowed({ COORDINATOR, PHYSICIAN })
    @Operation(summary = "POST-5: a response assessment (sCR, CR, VGPR, PR, MR, SD, PD) with its MRD result")
    @APIResponseSchema(value = MonitoringView.class, responseDescription = "OK; ETag is the course version")
    public Response response(@PathParam("courseId") long courseId, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ResponseRequest body) {
        return ok(monitoring.recordResponse(courseId, ifMatch, body));
    }

    @GET
    @Path("follow-up")
    @RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN })
    @Operation(summary = "POST-5/MON-6: follow-up calendar to 5 years, cytopenias of grade 3-4 at day 30 tracked "
            + "to recovery, response assessments")
    public FollowUpPlan.View followUp(@PathParam("courseId") long courseId) {
        return monitoring.followUp(courseId);
    }

    @POST
    @Path("secondary-malignancies")
    @RolesAllowed({ COORDINATOR, PHYSICIAN })
    @Operation(summary = "POST-5: record a secondary malignancy diagnosed during follow-up")
    public FollowUpPlan.View secondaryMalignancy(@PathParam("courseId") long courseId,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull SecondaryMalignancyRequest body) {
        return monitoring.recordSecondaryMalignancy(courseId, ifMatch, body);
    }

    private static Response ok(MonitoringView view) {
        return Response.ok(view).tag(new EntityTag(Long.toString(view.courseVersion()))).build();
    }
}

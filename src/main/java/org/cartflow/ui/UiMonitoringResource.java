package org.cartflow.ui;

import org.cartflow.journey.JourneyService;
import org.cartflow.kernel.Courses;
import static org.cartflow.common.Role.*;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.Supplier;
import org.cartflow.common.CurrentUser;
import org.cartflow.common.GuardRefusalMetrics;
import org.cartflow.common.Problem;
import org.cartflow.common.ProblemException;
import org.cartflow.monitoring.MonitoringEnums;
import org.cartflow.monitoring.MonitoringRequests.FeverAttributionRequest;
import org.cartflow.monitoring.MonitoringRequests.InterventionRequest;
import org.cartflow.monitoring.MonitoringService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The nurse's daily monitoring: vital signs and the ICE form with the CRS and ICANS grades computed live by the
 * same ASTCT rules the API records with, the days without an assessment, alerts, and tocilizumab.
 */
@Path("/ui/courses/{courseId}/monitoring")
@RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN })
public class UiMonitoringResource {

    @Inject
    org.cartflow.monitoring.TocilizumabPolicy tocilizumab;

    @Inject
    @Location("ui/monitoring.html")
    Template monitoringPage;
    @Inject
    MonitoringService monitoring;
    @Inject
    JourneyService journey;

    @Inject
    Courses courses;
    @Inject
    UiPages pages;
    @Inject
    Clock clock;
    @Inject
    GuardRefusalMetrics metrics;
    @Inject
    CurrentUser user;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    @Operation(hidden = true)
    public TemplateInstance page(@PathParam("courseId") long courseId) {
        return render(courseId, null, null);
    }

    /** Live grades while the form is filled in; nothing is saved. */
    @POST
    @Path("grades")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public MonitoringService.GradePreview grades(@PathParam("courseId") long courseId, @BeanParam AssessmentForm form) {
        return monitoring.previewGrades(courseId, pages.valid(form.toRequest(clock.instant(), pages.zoneOf(courseId))));
    }

    @POST
    @Path("assessments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance assess(@PathParam("courseId") long courseId, @FormParam("version") String version,
            @BeanParam AssessmentForm form) {
        return act(courseId, "assessment", () -> monitoring.recordAssessment(courseId, UiPages.ifMatch(version),
                pages.valid(form.toRequest(clock.instant(), pages.zoneOf(courseId)))));
    }

    @POST
    @Path("tocilizumab")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance tocilizumab(@PathParam("courseId") long courseId, @FormParam("version") String version,
            @FormParam("weightKg") BigDecimal weightKg, @FormParam("deviationReason") String deviationReason,
            @FormParam("happenedAt") String happenedAt, @FormParam("happenedAtShown") String shown,
            @FormParam("lateEntryReason") String lateReason) {
        return act(courseId, "tocilizumab", () -> {
            Instant posted = UiPages.happenedAt(happenedAt, shown, pages.zoneOf(courseId));
            return monitoring.recordIntervention(courseId, UiPages.ifMatch(version), pages.valid(new InterventionRequest(
                    MonitoringEnums.Drug.TOCILIZUMAB, posted == null ? clock.instant() : posted, weightKg, null,
                    UiPages.blankToNull(deviationReason), UiPages.blankToNull(lateReason))));
        });
    }

    @POST
    @Path("assessments/{assessmentId}/fever-attribution")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance feverAttribution(@PathParam("courseId") long courseId,
            @PathParam("assessmentId") long assessmentId, @FormParam("version") String version,
            @FormParam("cause") MonitoringEnums.FeverCause cause, @FormParam("documentation") String documentation) {
        return act(courseId, "fever-attribution", () -> monitoring.attributeFever(courseId, assessmentId,
                UiPages.ifMatch(version), pages.valid(new FeverAttributionRequest(cause,
                        UiPages.blankToNull(documentation)))));
    }

    private TemplateInstance act(long courseId, String done, Supplier<?> command) {
        try {
            command.get();
            return renderTx(courseId, done, null);
        } catch (ProblemException e) {
            Problem problem = e.toProblem("/ui/courses/" + courseId + "/monitoring");
            metrics.count(problem);
            return renderTx(courseId, null, problem);
        }
    }

    @Transactional
    TemplateInstance renderTx(long courseId, String done, Problem problem) {
        return render(courseId, done, problem);
    }

    private TemplateInstance render(long courseId, String done, Problem problem) {
        return pages.page(monitoringPage).data("course", journey.viewOf(courses.load(courseId),
                clock.instant())).data("m", monitoring.view(courseId)).data("tocilizumabPolicy", tocilizumab.shown())
                .data("done", done).data("problem", problem)
                .data("devices", Arrays.asList(MonitoringEnums.OxygenDevice.values()))
                .data("consciousness", Arrays.asList(MonitoringEnums.Consciousness.values()))
                .data("seizures", Arrays.asList(MonitoringEnums.Seizure.values()))
                .data("oedemas", Arrays.asList(MonitoringEnums.CerebralOedema.values()))
                .data("isPhysician", user.has(PHYSICIAN))
                .data("feverCauses", Arrays.asList(MonitoringEnums.FeverCause.values()))
                .data("happenedDefault", UiPages.happenedAtDefault(clock.instant(), pages.zoneOf(courseId)));
    }
}

package org.cartflow.journey;

import org.cartflow.kernel.Courses;
import org.cartflow.kernel.SiteRecords;
import org.cartflow.kernel.Course;
import org.cartflow.kernel.CourseState;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import org.cartflow.common.IdempotencyInterceptor;
import org.cartflow.common.Idempotent;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/courses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Journey")
public class CourseResource {

    @Inject
    JourneyService journey;

    @Inject
    Courses courses;

    @Inject
    Clock clock;

    @Inject
    SiteRecords sites;

    @GET
    @RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN })
    @Transactional
    @Operation(summary = "Courses, optionally in one state")
    public List<PatientView.CourseSummary> list(@QueryParam("state") CourseState state) {
        var now = clock.instant();
        List<Course> courses = state == null
                ? Course.<Course>find("patient.site in ?1 order by id", sites.sitesParameter()).page(0, 500).list()
                : Course.<Course>find("patient.site in ?1 and state = ?2 order by id", sites.sitesParameter(), state)
                        .page(0, 500).list();
        return courses.stream().map(c -> new PatientView.CourseSummary(c.id, c.state, c.dayNumber(now))).toList();
    }

    @GET
    @Path("{courseId}")
    @RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN })
    @Transactional
    @Operation(summary = "A course: state, day number after infusion, and the next steps with what blocks them")
    @APIResponseSchema(value = CourseView.class, responseDescription = "OK; ETag is the course version")
    public Response get(@PathParam("courseId") long courseId) {
        CourseView view = journey.viewOf(courses.load(courseId), clock.instant());
        return Response.ok(view).tag(new EntityTag(Long.toString(view.version()))).build();
    }

    @POST
    @Path("{courseId}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ COORDINATOR, NURSE, PHYSICIAN })
    @Transactional
    @Idempotent
    @Operation(summary = "Take a step of the journey; refused with the rule IDs of the guards that block it. "
            + "Send If-Match with the ETag from GET to make sure nobody changed the journey meanwhile.")
    @APIResponseSchema(value = CourseView.class, responseDescription = "OK; ETag is the course version")
    public Response transition(@PathParam("courseId") long courseId, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(IdempotencyInterceptor.HEADER) String idempotencyKey,
            @Valid @NotNull TransitionRequest request) {
        CourseView view = journey.perform(courseId, request, ifMatch);
        return Response.ok(view).tag(new EntityTag(Long.toString(view.version()))).build();
    }

    @POST
    @Path("{courseId}/label-profile")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ PHYSICIAN })
    @Operation(summary = "Move an open course (not yet infused) to a newer label profile of its jurisdiction in "
            + "force today, with the physician's reason; audited")
    @APIResponseSchema(value = CourseView.class, responseDescription = "OK; ETag is the course version")
    public Response moveLabelProfile(@PathParam("courseId") long courseId, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull LabelProfileMoveRequest request) {
        CourseView view = journey.moveLabelProfile(courseId, ifMatch, request);
        return Response.ok(view).tag(new EntityTag(Long.toString(view.version()))).build();
    }
}

package org.cartflow.audit;

import static org.cartflow.common.Role.*;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jakarta.inject.Inject;
import org.cartflow.common.CurrentUser;
import org.cartflow.common.ProblemException;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Course;
import org.cartflow.kernel.KernelText;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Read-only view of one journey's audit trail; there is no endpoint that edits or deletes audit events. */
@Path("/courses/{courseId}/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class CourseAuditResource {

    private static final List<String> CLINICAL = List.of(COORDINATOR, PHARMACIST, NURSE, PHYSICIAN);

    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN, ADMIN })
    @Transactional
    @Operation(summary = "The audit trail of one course, oldest first (read-only: the trail cannot be edited); "
            + "for a user with no clinical role (admin) without reasons and details")
    public List<AuditEventView> courseAudit(@PathParam("courseId") long courseId,
            @QueryParam("afterId") @DefaultValue("0") @Min(0) long afterId,
            @QueryParam("limit") @DefaultValue("200") @Min(1) @Max(1000) int limit) {
        Course course = Course.<Course>findByIdOptional(courseId)
                .orElseThrow(() -> ProblemException.notFound(Texts.of(KernelText.class).course(), courseId));
        List<AuditEvent> events = AuditEvent.find("courseId = ?1 and id > ?2 order by id", courseId, afterId)
                .page(0, limit).list();
        // admin ("no clinical access") sees who did what when, not the reasons and recorded values, which are clinical
        boolean clinical = user.roleFor(CLINICAL) != null;
        return events.stream().map(e -> AuditEventView.of(e, course.zone()))
                .map(v -> clinical ? v : v.withoutClinicalContent()).toList();
    }

}

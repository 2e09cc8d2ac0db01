package org.cartflow.journey;

import org.cartflow.kernel.Course;
import org.cartflow.kernel.Patient;
import static org.cartflow.common.Role.*;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.cartflow.common.IdempotencyInterceptor;
import org.cartflow.common.Idempotent;
import org.cartflow.common.ProblemException;
import org.cartflow.common.SiteScope;
import org.cartflow.common.Texts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/patients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Patients")
public class PatientResource {

    @Inject
    PatientService patients;

    @Inject
    JourneyService journey;

    @Inject
    Clock clock;

    @Inject
    SiteScope sites;

    @POST
    @RolesAllowed({ COORDINATOR, PHYSICIAN })
    @Transactional
    @Idempotent
    @Operation(summary = "Register a referred patient (MRN is unique)")
    @APIResponseSchema(value = PatientView.class, responseCode = "201",
            responseDescription = "Registered; Location names the patient")
    public Response register(@HeaderParam(IdempotencyInterceptor.HEADER) String idempotencyKey, @Valid @NotNull PatientRequest request) {
        Patient p = patients.register(request);
        return Response.created(URI.create("/patients/" + p.id)).entity(viewOf(p)).build();
    }

    @GET
    @RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN })
    @Transactional
    @Operation(summary = "Find patients, by MRN when given; else the 200 registered most recently, newest first")
    public List<PatientView> list(@QueryParam("mrn") @Size(max = 32) String mrn) {
        List<Patient> found = mrn == null
                ? Patient.<Patient>find("site in ?1 order by id desc", sites.asParameter()).page(0, 200).list()
                : Patient.<Patient>list("site in ?1 and mrn = ?2 order by id", sites.asParameter(), mrn);
        return found.stream().map(this::viewOf).toList();
    }

    @GET
    @Path("{patientId}")
    @RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN })
    @Transactional
    @Operation(summary = "One patient with the courses of the product")
    public PatientView get(@PathParam("patientId") long patientId) {
        return viewOf(Patient.<Patient>findByIdOptional(patientId)
                .orElseThrow(() -> ProblemException.notFound(Texts.of(JourneyText.class).patient(), patientId)));
    }

    @POST
    @Path("{patientId}/courses")
    @RolesAllowed({ COORDINATOR, PHYSICIAN })
    @Transactional
    @Idempotent
    @Operation(summary = "Open the patient's course of the product (one active course; never after an infusion: NOREUSE-1)")
    @APIResponseSchema(value = CourseView.class, responseCode = "201",
            responseDescription = "Opened; Location names the course, ETag its version")
    public Response openCourse(@HeaderParam(IdempotencyInterceptor.HEADER) String idempotencyKey, @PathParam("patientId") long patientId) {
        Course c = patients.openCourse(patientId);
        CourseView view = journey.viewOf(c, clock.instant());
        return Response.created(URI.create("/courses/" + c.id)).tag(new jakarta.ws.rs.core.EntityTag(Long.toString(view.version())))
                .entity(view).build();
    }

    private PatientView viewOf(Patient p) {
        var now = clock.instant();
        List<PatientView.CourseSummary> courses = Course.ofPatient(p.id).stream()
                .map(c -> new PatientView.CourseSummary(c.id, c.state, c.dayNumber(now))).toList();
        return new PatientView(p.id, p.mrn, p.familyName, p.givenName, p.birthDate, p.sex, p.hospitalZone, p.site, courses);
    }
}

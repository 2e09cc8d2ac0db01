package org.cartflow.ui;

import org.cartflow.kernel.SiteRecords;
import org.cartflow.kernel.Courses;
import static org.cartflow.common.Role.*;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cartflow.audit.AuditEvent;
import org.cartflow.audit.AuditEventView;
import org.cartflow.common.CurrentUser;
import org.cartflow.common.GuardRefusalMetrics;
import org.cartflow.common.Problem;
import org.cartflow.common.ProblemException;
import org.cartflow.common.Texts;
import org.cartflow.eligibility.EligibilityService;
import org.cartflow.infusion.InfusionDelay;
import org.cartflow.kernel.Course;
import org.cartflow.kernel.CourseState;
import org.cartflow.journey.CourseView;
import org.cartflow.journey.JourneyService;
import org.cartflow.journey.JourneyText;
import org.cartflow.journey.TransitionRequest;
import org.cartflow.schedule.ScheduleItem;
import org.cartflow.schedule.ScheduleService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Server-rendered pages for coordinators, pharmacists, nurses and physicians. They call the same services as the
 * API, so the same guards refuse the same steps, and a refusal shows its rule ID and message.
 */
@Path("/ui")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN })
public class UiResource {

    @Inject
    org.cartflow.adt.AdtUpdates adt;

    @Inject
    @Location("ui/board.html")
    Template board;

    @Inject
    @Location("ui/journey.html")
    Template journeyPage;

    @Inject
    JourneyService journey;

    @Inject
    Courses courses;

    @Inject
    EligibilityService eligibility;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    GuardRefusalMetrics metrics;

    @Inject
    ScheduleService schedule;

    @Inject
    JourneyFlagsCollector flags;

    @Inject
    UiPages pages;

    @Inject
    SiteRecords sites;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "cartflow.hospital.zone")
    String hospitalZone;

    @GET
    @Operation(hidden = true)
    public Response home() {
        return Response.seeOther(URI.create("/ui/board")).build();
    }

    @GET
    @Path("board")
    @Transactional
    @Operation(hidden = true)
    public TemplateInstance board(@QueryParam("state") String state, @QueryParam("due") String due) {
        Instant now = clock.instant();
        CourseState filter = parseState(state);
        LocalDate today = now.atZone(ZoneId.of(hospitalZone)).toLocalDate();
        // the next dated step of each journey over the coming month, from the same schedule as GET /schedule
        Map<Long, ScheduleItem> nextDue = new HashMap<>();
        for (ScheduleItem i : schedule.schedule(today.toString(), today.plusDays(30).toString(), null).items()) {
            nextDue.putIfAbsent(i.courseId(), i);
        }
        LocalDate dueBy = "today".equals(due) ? today : "week".equals(due) ? today.plusDays(6) : null;
        List<Long> dueIds = dueBy == null ? null : nextDue.values().stream().filter(i -> !i.date().isAfter(dueBy))
                .map(ScheduleItem::courseId).toList();
        String where = (filter == null ? "state not in ?1" : "state = ?1") + " and patient.site in ?2"
                + (dueIds == null ? "" : " and id in ?3");
        Object states = filter == null ? List.of(CourseState.COMPLETED, CourseState.WITHDRAWN, CourseState.DECEASED,
                CourseState.INELIGIBLE) : filter;
        List<Course> courses = dueIds != null && dueIds.isEmpty() ? List.of()
                : dueIds == null ? Course.<Course>find(where + " order by id", states, sites.sitesParameter())
                        .page(0, 200).list()
                : Course.<Course>find(where + " order by id", states, sites.sitesParameter(), dueIds).page(0, 200).list();
        List<CourseView> views = courses.stream().map(c -> journey.viewOf(c, now)).toList();
        Map<Long, InfusionDelay.Lateness> late = new HashMap<>();
        courses.stream().filter(c -> c.infusedAt == null && (c.state == CourseState.LYMPHODEPLETION
                || c.state == CourseState.INFUSION_READY)).forEach(c -> InfusionDelay.lateness(c.id,
                        now.atZone(c.zone()).toLocalDate()).ifPresent(l -> late.put(c.id, l)));
        return pages.page(board).data("late", late).data("courses", views).data("states", CourseState.values())
                .data("selected", filter == null ? "" : filter.name()).data("due", due == null ? "" : due)
                .data("nextDue", nextDue);
    }

    @GET
    @Path("courses/{courseId}")
    @Transactional
    @Operation(hidden = true)
    public TemplateInstance course(@PathParam("courseId") long courseId) {
        return journeyPage(courseId, null, null);
    }

    @POST
    @Path("courses/{courseId}/transitions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public TemplateInstance transition(@PathParam("courseId") long courseId, @FormParam("transition") String transition,
            @FormParam("version") String version, @FormParam("reason") String reason,
            @FormParam("overrideRule") List<String> overrideRules, @FormParam("overrideReason") String overrideReason,
            @FormParam("occurredAt") String occurredAtLocal) {
        List<TransitionRequest.RuleOverride> overrides = new ArrayList<>();
        if (overrideReason != null && !overrideReason.isBlank() && overrideRules != null) {
            overrideRules.forEach(r -> overrides.add(new TransitionRequest.RuleOverride(r, overrideReason)));
        }
        try {
            journey.perform(courseId, new TransitionRequest(transition, blankToNull(reason), overrides,
                    hospitalInstant(courseId, occurredAtLocal)),
                    version == null ? null : "\"" + version + "\"");
            return journeyPageTx(courseId, transition, null);
        } catch (ProblemException e) {
            Problem problem = e.toProblem("/ui/courses/" + courseId);
            metrics.count(problem);
            return journeyPageTx(courseId, null, problem);
        }
    }

    /** AUTOLOGOUS-1: the coordinator applies or keeps an identity change the EHR sent, with a reason. */
    @POST
    @Path("courses/{courseId}/demographic-changes/{changeId}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public TemplateInstance decideDemographicChange(@PathParam("courseId") long courseId,
            @PathParam("changeId") long changeId, @FormParam("apply") String apply, @FormParam("reason") String reason) {
        try {
            if (reason == null || reason.isBlank()) {
                throw ProblemException.invalid("reason", Texts.of(org.cartflow.adt.AdtText.class).reasonRequired());
            }
            long patientId = courses.load(courseId).patient.id;
            var decided = adt.decide(patientId, changeId, "true".equals(apply), reason.strip());
            return journeyPageTx(courseId, decided.kind + " " + decided.status, null);
        } catch (ProblemException e) {
            Problem problem = e.toProblem("/ui/courses/" + courseId);
            metrics.count(problem);
            return journeyPageTx(courseId, null, problem);
        }
    }

    @GET
    @Path("lang/{code}")
    @Operation(hidden = true)
    public Response language(@PathParam("code") String code, @QueryParam("back") String back) {
        String lang = "ja".equals(code) ? "ja" : "en";
        String target = back != null && back.startsWith("/ui") ? back : "/ui/board";
        return Response.seeOther(URI.create(target))
                .cookie(new NewCookie.Builder("lang").value(lang).path("/").maxAge(365 * 24 * 3600).build()).build();
    }

    @Transactional
    TemplateInstance journeyPageTx(long courseId, String done, Problem problem) {
        return journeyPage(courseId, done, problem);
    }

    private TemplateInstance journeyPage(long courseId, String done, Problem problem) {
        Course c = courses.load(courseId);
        CourseView view = journey.viewOf(c, clock.instant());
        List<AuditEventView> audit = AuditEvent.<AuditEvent>find("courseId = ?1 order by id desc", courseId).page(0, 100)
                .list().stream().map(e -> AuditEventView.of(e, c.zone())).toList();
        boolean workUp = c.state == CourseState.REFERRAL || c.state == CourseState.SCREENING;
        return pages.page(journeyPage).data("course", view).data("audit", audit)
                .data("checks", workUp ? eligibility.view(courseId).checks() : List.of())
                .data("done", done).data("problem", problem).data("flags", flags.of(courseId))
                .data("isPhysician", user.has(PHYSICIAN)).data("isCoordinator", user.has(COORDINATOR))
                .data("heldChanges", org.cartflow.adt.DemographicChange.held(c.patient.id).stream()
                        .map(h -> HeldChangeView.of(h, c.zone())).toList());
    }


    private static CourseState parseState(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return CourseState.valueOf(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A datetime-local form value ("2026-12-01T14:05"), read in the patient's hospital zone. */
    private static Instant hospitalInstant(long courseId, String local) {
        if (local == null || local.isBlank()) {
            return null;
        }
        try {
            ZoneId zone = Course.<Course>findByIdOptional(courseId).map(Course::zone).orElse(ZoneOffset.UTC);
            return LocalDateTime.parse(local).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("occurredAt", Texts.of(JourneyText.class).timeOfDeathRequired());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

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
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.cartflow.common.CurrentUser;
import org.cartflow.common.GuardRefusalMetrics;
import org.cartflow.common.Problem;
import org.cartflow.common.ProblemException;
import org.cartflow.common.ProblemMappers;
import org.cartflow.common.Texts;
import org.cartflow.infusion.BedsideService;
import org.cartflow.infusion.BedsideStep;
import org.cartflow.infusion.InfusionRequests.*;
import org.cartflow.infusion.InfusionService;
import org.cartflow.infusion.InfusionView;
import org.cartflow.kernel.Refusals;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The nurse's bedside tablet: one bag at a time, the label's steps in order with the current one large, scanner
 * fields for the labels, and live countdowns. Every step goes through the same {@link BedsideService} as the API.
 */
@Path("/ui/courses/{courseId}/infusion")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN })
public class UiBedsideResource {

    @Inject
    @Location("ui/bedside.html")
    Template bedside;
    @Inject
    InfusionService infusion;
    @Inject
    BedsideService steps;
    @Inject
    JourneyService journey;

    @Inject
    Courses courses;
    @Inject
    UiPages pages;
    @Inject
    CurrentUser user;
    @Inject
    GuardRefusalMetrics metrics;

    /** One line of the step list: done (by, at), current, or still to come. */
    public record StepLine(String slug, String ruleId, boolean done, boolean current, String by, Instant at) {
    }

    @GET
    @Transactional
    @Operation(hidden = true)
    public TemplateInstance page(@PathParam("courseId") long courseId, @QueryParam("bag") Long bagId) {
        return render(courseId, bagId, null, null);
    }

    @POST
    @Path("premedication")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public TemplateInstance premedication(@PathParam("courseId") long courseId, @FormParam("version") String version,
            @FormParam("acetaminophenMg") Integer acetaminophenMg, @FormParam("antihistamine") Antihistamine h1,
            @FormParam("antihistamineName") String h1Name, @FormParam("antihistamineMg") BigDecimal h1Mg,
            @FormParam("happenedAt") String happenedAt, @FormParam("happenedAtShown") String shown,
            @FormParam("lateEntryReason") String lateReason) {
        return act(courseId, null, "premedication", () -> infusion.recordPremedication(courseId,
                UiPages.ifMatch(version), pages.valid(new PremedicationRequest(UiPages.happenedAt(happenedAt, shown,
                        pages.zoneOf(courseId)), acetaminophenMg, h1, UiPages.blankToNull(h1Name), h1Mg, null, null,
                        null, UiPages.blankToNull(lateReason)))));
    }

    @POST
    @Path("readiness")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public TemplateInstance readiness(@PathParam("courseId") long courseId, @FormParam("version") String version,
            @FormParam("activeInfection") Boolean infection, @FormParam("inflammatoryDisease") Boolean inflammation,
            @FormParam("saePulmonary") Boolean pulmonary, @FormParam("saeCardiac") Boolean cardiac,
            @FormParam("saeHypotension") Boolean hypotension, @FormParam("saeOther") String other,
            @FormParam("temperatureC") BigDecimal temperature, @FormParam("heartRate") Integer heartRate,
            @FormParam("systolicBp") Integer systolic, @FormParam("diastolicBp") Integer diastolic,
            @FormParam("spo2") Integer spo2, @FormParam("respiratoryRate") Integer respiratoryRate,
            @FormParam("emergencyMeasuresReady") Boolean emergencyReady,
            @FormParam("happenedAt") String happenedAt, @FormParam("happenedAtShown") String shown,
            @FormParam("lateEntryReason") String lateReason) {
        return act(courseId, null, "readiness", () -> infusion.recordReadiness(courseId, UiPages.ifMatch(version),
                pages.valid(new ReadinessRequest(Boolean.TRUE.equals(infection), Boolean.TRUE.equals(inflammation),
                        Boolean.TRUE.equals(pulmonary), Boolean.TRUE.equals(cardiac), Boolean.TRUE.equals(hypotension),
                        UiPages.blankToNull(other), temperature, heartRate, systolic, diastolic, spo2, respiratoryRate,
                        Boolean.TRUE.equals(emergencyReady), UiPages.happenedAt(happenedAt, shown,
                                pages.zoneOf(courseId)), UiPages.blankToNull(lateReason)))));
    }

    @POST
    @Path("bags/{bagId}/{step}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public TemplateInstance step(@PathParam("courseId") long courseId, @PathParam("bagId") long bagId,
            @PathParam("step") String step, @FormParam("version") String version,
            @FormParam("entry") Entry entry, @FormParam("scan1") String scan1, @FormParam("scan2") String scan2,
            @FormParam("intact") Boolean intact, @FormParam("finding") String finding,
            @FormParam("method") ThawMethod method, @FormParam("temperatureC") BigDecimal temperature,
            @FormParam("completelyThawed") Boolean thawed, @FormParam("handling") List<ProhibitedHandling> handling,
            @FormParam("primedWithSaline") Boolean primed, @FormParam("leukocyteFilter") Boolean filter,
            @FormParam("irradiated") Boolean irradiated, @FormParam("pumpRateMlMin") BigDecimal pumpRate,
            @FormParam("fullVolumeGiven") Boolean fullVolume, @FormParam("salineMl") Integer salineMl,
            @FormParam("infectiousWaste") Boolean infectiousWaste, @FormParam("reason") String reason,
            @FormParam("happenedAt") String happenedAt, @FormParam("happenedAtShown") String shown,
            @FormParam("lateEntryReason") String lateReason) {
        String m = UiPages.ifMatch(version);
        String late = UiPages.blankToNull(lateReason);
        return act(courseId, bagId, step, () -> {
            Instant at = UiPages.happenedAt(happenedAt, shown, pages.zoneOf(courseId));
            return switch (step) {
                case "identity-check", "identity-cosign" -> {
                    LabelScan cassette = LabelScan.parse("scan1", scan1);
                    LabelScan bag = LabelScan.parse("scan2", scan2);
                    var body = pages.valid(new IdentityCheckRequest(entry == null ? Entry.SCANNED : entry,
                            bag.requireBagCode("scan2"), cassette.patient(), bag.patient(), at, late));
                    yield step.equals("identity-check") ? steps.identityCheck(courseId, bagId, m, body)
                            : steps.identityCosign(courseId, bagId, m, body);
                }
                case "inspection" -> steps.inspect(courseId, bagId, m, pages.valid(new InspectionRequest(
                        Boolean.TRUE.equals(intact), UiPages.blankToNull(finding), at, late)));
                case "thaw-start" -> steps.thawStart(courseId, bagId, m, pages.valid(new ThawStartRequest(method,
                        temperature, at, late)));
                case "thaw-complete" -> steps.thawComplete(courseId, bagId, m, pages.valid(new ThawCompleteRequest(
                        Boolean.TRUE.equals(thawed), handling == null ? List.of() : handling, at, late)));
                case "line-setup" -> steps.lineSetup(courseId, bagId, m, pages.valid(new LineSetupRequest(
                        Boolean.TRUE.equals(primed), Boolean.TRUE.equals(filter), Boolean.TRUE.equals(irradiated), at,
                        late)));
                case "bedside-identity-check", "bedside-identity-cosign" -> {
                    LabelScan bag = LabelScan.parse("scan1", scan1);
                    LabelScan wristband = LabelScan.parse("scan2", scan2);
                    var body = pages.valid(new BedsideIdentityRequest(entry == null ? Entry.SCANNED : entry,
                            bag.requireBagCode("scan1"), bag.patient(), wristband.patient(),
                            UiPages.blankToNull(reason), at, late));
                    yield step.equals("bedside-identity-check") ? steps.bedsideIdentityCheck(courseId, bagId, m, body)
                            : steps.bedsideIdentityCosign(courseId, bagId, m, body);
                }
                case "infusion-start" -> steps.infusionStart(courseId, bagId, m, pages.valid(new InfusionStartRequest(
                        pumpRate, at, late, UiPages.blankToNull(reason))));
                case "infusion-end" -> steps.infusionEnd(courseId, bagId, m, pages.valid(new InfusionEndRequest(
                        Boolean.TRUE.equals(fullVolume), at, late)));
                case "back-prime" -> steps.backPrime(courseId, bagId, m, pages.valid(new BackPrimeRequest(salineMl, at,
                        late)));
                case "disposal" -> steps.dispose(courseId, bagId, m, pages.valid(new DisposalRequest(
                        Boolean.TRUE.equals(infectiousWaste), at, late)));
                case "not-infusable" -> steps.notInfusable(courseId, bagId, m, pages.valid(new NotInfusableRequest(
                        reason)));
                default -> throw ProblemException.notFound(Texts.of(Msg.class).bedsideStep(), step);
            };
        });
    }

    private TemplateInstance act(long courseId, Long bagId, String what, Supplier<?> command) {
        try {
            command.get();
            return renderTx(courseId, bagId, what, null);
        } catch (ProblemException e) {
            Problem problem = e.toProblem("/ui/courses/" + courseId + "/infusion");
            metrics.count(problem);
            return renderTx(courseId, bagId, null, problem);
        }
    }

    @Transactional
    TemplateInstance renderTx(long courseId, Long bagId, String done, Problem problem) {
        return render(courseId, bagId, done, problem);
    }

    private TemplateInstance render(long courseId, Long bagId, String done, Problem problem) {
        InfusionView v = infusion.view(courseId);
        InfusionView.Bag current = pick(v, bagId);
        List<StepLine> lines = new ArrayList<>();
        if (current != null) {
            for (BedsideStep s : BedsideStep.values()) {
                var d = current.done().stream().filter(x -> x.step().equals(s.slug())).findFirst().orElse(null);
                if (s == BedsideStep.BEDSIDE_IDENTITY_COSIGN && d == null && !s.slug().equals(current.nextStep())) {
                    continue; // the second signature appears only in the downtime path (a typed bedside check)
                }
                lines.add(new StepLine(s.slug(), s.ruleId(), d != null, s.slug().equals(current.nextStep()),
                        d == null ? null : d.by(), d == null ? null : d.at()));
            }
        }
        boolean mismatch = problem != null
                && problem.type().equals(ProblemMappers.TYPE_PREFIX + Refusals.IDENTITY_MISMATCH);
        var c = journey.viewOf(courses.load(courseId), v.now());
        return pages.page(bedside).data("course", c).data("v", v).data("bag", current).data("lines", lines)
                .data("done", done).data("problem", problem).data("mismatch", mismatch)
                .data("isPhysician", user.has(PHYSICIAN)).data("methods", Arrays.asList(ThawMethod.values()))
                .data("handlings", Arrays.asList(ProhibitedHandling.values()))
                .data("happenedDefault", UiPages.happenedAtDefault(v.now(), ZoneId.of(v.hospitalZone())));
    }

    /** The bag asked for, else the bag in use, else the first bag with a step left. */
    private static InfusionView.Bag pick(InfusionView v, Long bagId) {
        if (bagId != null) {
            return v.bags().stream().filter(b -> b.id() == bagId).findFirst().orElse(null);
        }
        return v.bags().stream().filter(b -> b.state().inUse()).findFirst()
                .or(() -> v.bags().stream().filter(b -> b.nextStep() != null).findFirst()).orElse(null);
    }
}

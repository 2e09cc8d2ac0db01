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
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.cartflow.common.GuardRefusalMetrics;
import org.cartflow.common.Problem;
import org.cartflow.common.ProblemException;
import org.cartflow.common.Texts;
import org.cartflow.lymphodepletion.DoseComparison;
import org.cartflow.lymphodepletion.LdAssessment;
import org.cartflow.lymphodepletion.LdCalculator.Calculation;
import org.cartflow.lymphodepletion.LdOrder;
import org.cartflow.lymphodepletion.LdRequests.RejectionRequest;
import org.cartflow.lymphodepletion.LymphodepletionService;
import org.cartflow.lymphodepletion.LymphodepletionText;
import org.cartflow.lymphodepletion.LymphodepletionView;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The pharmacy bench: the LD verification queue, and one order's inputs, arithmetic, prescribed vs recomputed doses
 * with the tolerance, and the verify / reject actions of the same service as the API.
 */
@Path("/ui")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ COORDINATOR, PHARMACIST, NURSE, PHYSICIAN })
public class UiPharmacyResource {

    @Inject
    java.time.Clock clock;

    @Inject
    @Location("ui/pharmacy.html")
    Template queuePage;
    @Inject
    @Location("ui/ld-verification.html")
    Template orderPage;
    @Inject
    LymphodepletionService ld;
    @Inject
    JourneyService journey;

    @Inject
    Courses courses;
    @Inject
    UiPages pages;
    @Inject
    GuardRefusalMetrics metrics;
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "cartflow.hospital.zone")
    String hospitalZone;

    /** One drug's line: prescribed, recomputed, the difference in percent, and whether it is within tolerance. */
    public record DoseLine(String drug, BigDecimal prescribed, Double recomputed, BigDecimal differencePercent,
            boolean withinTolerance, boolean deliberateReduction) {
    }

    @GET
    @Path("pharmacy")
    @Operation(hidden = true)
    public TemplateInstance queue() {
        return pages.page(queuePage).data("items", ld.verificationQueue()).data("zone", hospitalZone);
    }

    @GET
    @Path("courses/{courseId}/ld-orders/{orderId}")
    @Transactional
    @Operation(hidden = true)
    public TemplateInstance order(@PathParam("courseId") long courseId, @PathParam("orderId") long orderId) {
        return render(courseId, orderId, null, null);
    }

    @POST
    @Path("courses/{courseId}/ld-orders/{orderId}/verification")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public TemplateInstance verify(@PathParam("courseId") long courseId, @PathParam("orderId") long orderId,
            @FormParam("version") String version) {
        return act(courseId, orderId, "verified LD doses", () -> ld.verify(courseId, orderId, UiPages.ifMatch(version)));
    }

    @POST
    @Path("courses/{courseId}/ld-orders/{orderId}/rejection")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public TemplateInstance reject(@PathParam("courseId") long courseId, @PathParam("orderId") long orderId,
            @FormParam("version") String version, @FormParam("reason") String reason) {
        return act(courseId, orderId, "rejected", () -> ld.reject(courseId, orderId, UiPages.ifMatch(version),
                pages.valid(new RejectionRequest(reason))));
    }

    private TemplateInstance act(long courseId, long orderId, String done, Supplier<?> command) {
        try {
            command.get();
            return renderTx(courseId, orderId, done, null);
        } catch (ProblemException e) {
            Problem problem = e.toProblem("/ui/courses/" + courseId + "/ld-orders/" + orderId);
            metrics.count(problem);
            return renderTx(courseId, orderId, null, problem);
        }
    }

    @Transactional
    TemplateInstance renderTx(long courseId, long orderId, String done, Problem problem) {
        return render(courseId, orderId, done, problem);
    }

    private TemplateInstance render(long courseId, long orderId, String done, Problem problem) {
        LymphodepletionView v = ld.view(courseId);
        LymphodepletionView.Order o = v.orders().stream().filter(x -> x.id() == orderId).findFirst()
                .orElseThrow(() -> ProblemException.notFound(Texts.of(LymphodepletionText.class).ldOrder(), orderId));
        LdAssessment a = LdAssessment.findById(LdOrder.<LdOrder>findById(orderId).assessmentId);
        Calculation again = ld.recompute(courseId, orderId);
        Calculation site = ld.recomputeWithSiteDefaults(courseId, orderId);
        boolean methodChangesDose = !Objects.equals(again.fludarabineDailyMg(), site.fludarabineDailyMg())
                || again.cyclophosphamideDailyMg() != site.cyclophosphamideDailyMg();
        double tolerance = ld.tolerancePercent();
        List<DoseLine> doses = List.of(line("fludarabine", o.prescribedFludarabineMg(), again.fludarabineDailyMg(),
                tolerance, o.prescriptionReason()), line("cyclophosphamide", o.prescribedCyclophosphamideMg(),
                again.cyclophosphamideDailyMg(), tolerance, o.prescriptionReason()));
        return pages.page(orderPage).data("course", journey.viewOf(courses.load(courseId),
                clock.instant())).data("courseVersion", v.courseVersion()).data("order", o)
                .data("assessment", a).data("calc", again).data("site", site).data("methodChangesDose", methodChangesDose)
                .data("doses", doses).data("tolerance", tolerance)
                .data("done", done).data("problem", problem);
    }

    /** LD-3: beyond the tolerance, a dose below the recomputed one with the prescriber's reason is a reduction. */
    private static DoseLine line(String drug, BigDecimal prescribed, Double recomputed, double tolerance,
            String reason) {
        if (recomputed == null) {
            return new DoseLine(drug, prescribed, null, null, false, false);
        }
        // the same judgement as the verification; only the shown deviation is rounded
        DoseComparison c = DoseComparison.of(prescribed, recomputed, tolerance, reason);
        BigDecimal diff = Double.isFinite(c.deviationPercent())
                ? BigDecimal.valueOf(c.deviationPercent()).setScale(1, RoundingMode.HALF_UP) : null;
        return new DoseLine(drug, prescribed, recomputed, diff, c.withinTolerance(), c.deliberateReduction());
    }
}

package org.cartflow.manufacturing;

import org.cartflow.kernel.StepChecks;
import org.cartflow.kernel.Courses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cartflow.apheresis.ApheresisCollection;
import org.cartflow.apheresis.ChainOfIdentity;
import org.cartflow.apheresis.DonationIdentificationNumber;
import org.cartflow.kernel.JourneyFlags;
import org.cartflow.command.CommandRunner;
import org.cartflow.audit.SignatureMeaning;
import org.cartflow.audit.Signatures;
import org.cartflow.common.CommonText;
import org.cartflow.common.ProblemException;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Course;
import org.cartflow.kernel.CourseState;
import org.cartflow.kernel.GuardContext;
import org.cartflow.kernel.GuardEvaluator;
import org.cartflow.manufacturing.ManufacturingRequests.*;
import org.cartflow.manufacturing.rules.DeviationReviewedFirstGuard;
import org.cartflow.manufacturing.rules.SecondRunOrderGuard;
import org.cartflow.manufacturing.rules.StartingMaterialIdentityGuard;

/** Manufacturing runs: ordering (matched to the chain of identity), status, second runs (MFG-1), exception release (MFG-2). */
@ApplicationScoped
public class ManufacturingService {

    /** The record type an out-of-specification release signature is linked to. */
    static final String SIGNED_RUN = "manufacturing-order";

    private static final EnumSet<CourseState> FIRST_RUN = EnumSet.of(CourseState.COLLECTION, CourseState.MANUFACTURING);
    private static final EnumSet<CourseState> REPORTING = EnumSet.of(CourseState.COLLECTION, CourseState.MANUFACTURING,
            CourseState.MANUFACTURING_FAILED);

    @Inject
    org.cartflow.rules.LabelProfiles profiles;

    @Inject
    Courses courses;
    @Inject
    Signatures signatures;

    @Inject
    StepChecks stepChecks;

    @Inject
    CommandRunner runner;

    @Inject
    Clock clock;

    @Inject
    GuardEvaluator guards;


    @Inject
    ChainOfIdentity chain;

    @Inject
    JourneyFlags flags;

    @Transactional
    public ManufacturingView order(long courseId, String ifMatch, OrderRequest r) {
        return runner.run(ManufacturingCommands.ORDER_RUN, Texts.of(ManufacturingText.class).actionOrderRun(), courseId,
                ifMatch, step -> orderRun(step, r), this::view);
    }

    private CommandRunner.Outcome orderRun(CommandRunner.Step step, OrderRequest r) {
        var text = Texts.of(ManufacturingText.class);
        Course course = step.course();
        long courseId = course.id;
        List<ManufacturingOrder> runs = ManufacturingOrder.ofCourse(courseId);
        ManufacturingOrder previous = runs.isEmpty() ? null : runs.get(runs.size() - 1);
        RunSource source = r.source() == null ? (previous == null ? RunSource.ORIGINAL_COLLECTION : null) : r.source();
        if (source == null) {
            throw ProblemException.invalid("source", text.secondRunNeedsSource());
        }
        ApheresisCollection material;
        if (previous == null) {
            requireState(course, FIRST_RUN, text.whatFirstRun());
            if (source != RunSource.ORIGINAL_COLLECTION) {
                throw ProblemException.invalid("source", text.firstRunFromOriginalCollection());
            }
            material = ApheresisCollection.latest(courseId).orElseThrow(() -> ProblemException.conflict(
                    text.noCollectionRecordFirst()));
        } else {
            requireState(course, EnumSet.of(CourseState.MANUFACTURING_FAILED), text.whatSecondRun());
            var minimum = ManufacturingOrder.minimumYieldE6(profiles.get(course.labelProfile));
            guards.require(ManufacturingCommands.ORDER_RUN, SecondRunOrderGuard.class, new SecondRunOrderGuard.Facts(runs.size(),
                    previous.runNumber, previous.justifiesSecondRun(minimum), minimum));
            if (source == RunSource.ORIGINAL_COLLECTION) {
                throw ProblemException.invalid("source", text.secondRunNeedsSource());
            }
            if (source == RunSource.RETAINED_MATERIAL) {
                material = ApheresisCollection.findById(previous.collectionId);
            } else {
                material = ApheresisCollection.latest(courseId).filter(c -> !c.id.equals(previous.collectionId))
                        .orElseThrow(() -> ProblemException.invalid("source",
                                text.noCollectionAfterRun(previous.runNumber)));
            }
        }
        String din = DonationIdentificationNumber.normalise(r.din());
        guards.require(ManufacturingCommands.ORDER_RUN, StartingMaterialIdentityGuard.class, new StartingMaterialIdentityGuard.Facts(
                chain.mismatches(courseId, r.chainOfIdentityId(), din), din, source, material.din));
        Instant now = step.now();
        ManufacturingOrder o = new ManufacturingOrder();
        o.courseId = courseId;
        o.runNumber = previous == null ? 1 : previous.runNumber + 1;
        o.source = source;
        o.collectionId = material.id;
        o.coiId = material.coiId;
        o.din = material.din;
        o.status = ManufacturingStatus.IN_MANUFACTURING;
        o.orderedAt = now;
        o.statusChangedAt = now;
        o.recordedBy = step.user();
        o.recordedAt = now;
        o.persist();
        return new CommandRunner.Outcome("manufacturing.run.ordered", null, Map.of("runNumber", o.runNumber, "source", source, "chainOfIdentityId", o.coiId, "din", o.din));
    }

    @Transactional
    public ManufacturingView updateStatus(long courseId, long orderId, String ifMatch, StatusRequest r) {
        return runner.run(ManufacturingCommands.REPORT_STATUS, Texts.of(ManufacturingText.class).actionReportStatus(),
                courseId, ifMatch, step -> reportStatus(step, orderId, r), this::view);
    }

    private CommandRunner.Outcome reportStatus(CommandRunner.Step step, long orderId, StatusRequest r) {
        var text = Texts.of(ManufacturingText.class);
        Course course = step.course();
        long courseId = course.id;
        requireState(course, REPORTING, text.whatStatus());
        ManufacturingOrder o = run(courseId, orderId);
        if (!o.status.mayBecome(r.status())) {
            throw ProblemException.conflict(text.runCannotBecome(o.runNumber, o.status, r.status()));
        }
        String note = r.note() == null || r.note().isBlank() ? null : r.note().trim();
        if (r.status() == ManufacturingStatus.FAILED && note == null) {
            throw ProblemException.invalid("note", text.sayWhyRunFailed());
        }
        boolean results = r.carTCellYieldMillions() != null || r.outOfSpecification() != null;
        if (results && r.status() == ManufacturingStatus.IN_MANUFACTURING) {
            throw ProblemException.invalid("carTCellYieldMillions", text.resultsWithReleaseTesting());
        }
        Instant now = step.now();
        o.status = r.status();
        o.statusChangedAt = now;
        o.statusNote = note;
        if (r.carTCellYieldMillions() != null) {
            o.carTYieldE6 = r.carTCellYieldMillions();
        }
        if (r.outOfSpecification() != null) {
            o.outOfSpecification = r.outOfSpecification();
        }
        if (r.status() == ManufacturingStatus.SHIPPED) {
            o.shippedAt = now;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("runNumber", o.runNumber);
        details.put("status", r);
        if (o.justifiesSecondRun(ManufacturingOrder.minimumYieldE6(profiles.get(course.labelProfile)))) {
            details.put("secondRunPossible", "MFG-1");
        }
        return new CommandRunner.Outcome("manufacturing.run.status-changed", note, details);
    }

    @Transactional
    public ManufacturingView reviewDeviation(long courseId, long orderId, String ifMatch, DeviationReviewRequest r) {
        return runner.run(ManufacturingCommands.REVIEW_DEVIATION,
                Texts.of(ManufacturingText.class).actionRecordDeviationReview(), courseId, ifMatch, step -> {
                    ManufacturingOrder o = outOfSpec(courseId, orderId);
                    o.deviationSummary = r.deviationSummary();
                    o.patientConditionReview = r.patientConditionReview();
                    o.deviationReviewedBy = step.user();
                    o.deviationReviewedAt = step.now();
                    return new CommandRunner.Outcome("manufacturing.deviation.reviewed", null,
                            Map.of("runNumber", o.runNumber, "review", r, "ruleId", "MFG-2"));
                }, this::view);
    }

    @Transactional
    public ManufacturingView releaseByException(long courseId, long orderId, String ifMatch, ExceptionReleaseRequest r) {
        return runner.run(ManufacturingCommands.RELEASE_BY_EXCEPTION,
                Texts.of(ManufacturingText.class).actionAcceptOutOfSpec(), courseId, ifMatch, step -> {
                    ManufacturingOrder o = outOfSpec(courseId, orderId);
                    guards.require(ManufacturingCommands.RELEASE_BY_EXCEPTION, DeviationReviewedFirstGuard.class,
                            new DeviationReviewedFirstGuard.Facts(o.deviationReviewedAt != null));
                    var signature = signatures.sign(SignatureMeaning.OUT_OF_SPEC_RELEASE_AGREED, step.role(), courseId,
                            SIGNED_RUN, o.id);
                    o.physicianAgreementReason = r.reason();
                    o.physicianAgreedBy = step.user();
                    o.physicianAgreedAt = step.now();
                    return new CommandRunner.Outcome("manufacturing.exception-release.agreed", r.reason(),
                            Map.of("runNumber", o.runNumber, "ruleId", "MFG-2", "signatureId", signature.id()));
                }, this::view);
    }

    @Transactional
    public ManufacturingView view(long courseId) {
        return view(courses.load(courseId));
    }

    private ManufacturingOrder outOfSpec(long courseId, long orderId) {
        var text = Texts.of(ManufacturingText.class);
        ManufacturingOrder o = run(courseId, orderId);
        if (!o.outOfSpecification) {
            throw ProblemException.conflict(text.runNotOutOfSpec(o.runNumber));
        }
        if (o.physicianAgreedAt != null) {
            throw ProblemException.conflict(text.runAlreadyAccepted(o.runNumber));
        }
        return o;
    }

    private ManufacturingOrder run(long courseId, long orderId) {
        return ManufacturingOrder.<ManufacturingOrder>find("id = ?1 and courseId = ?2", orderId, courseId)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound(Texts.of(ManufacturingText.class).manufacturingRun(), orderId));
    }

    private static void requireState(Course course, EnumSet<CourseState> open, String what) {
        if (!open.contains(course.state)) {
            throw ProblemException.conflict(Texts.of(CommonText.class).recordableWhile(what,
                    String.join(", ", open.stream().map(Enum::name).toList()), course.state));
        }
    }

    private ManufacturingView view(Course course) {
        long id = course.id;
        List<ManufacturingOrder> runs = ManufacturingOrder.ofCourse(id);
        ApheresisCollection basis = runs.isEmpty() ? ApheresisCollection.latest(id).orElse(null)
                : ApheresisCollection.findById(runs.get(runs.size() - 1).collectionId);
        ManufacturingEstimate estimate = basis == null ? null
                : ManufacturingEstimate.from(basis.startedAt.atZone(course.zone()).toLocalDate());
        GuardContext ctx = new GuardContext(course, clock.instant());
        List<ManufacturingView.Check> checks = new ArrayList<>();
        for (String step : List.of("restart-manufacturing", "receive-product")) {
            for (var c : stepChecks.of(step, ctx)) {
                checks.add(new ManufacturingView.Check(c.step(), c.guard(), c.ruleIds(), c.passes(), c.refusals()));
            }
        }
        return new ManufacturingView(id, course.version, chain.of(id).orElse(null), runs, estimate, flags.of(id),
                checks, signatures.ofCourse(id, SIGNED_RUN));
    }
}

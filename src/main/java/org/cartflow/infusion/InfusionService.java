package org.cartflow.infusion;

import org.cartflow.kernel.Courses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cartflow.audit.AuditEntry;
import org.cartflow.command.CommandRunner;
import org.cartflow.audit.Signatures;
import org.cartflow.common.Problem;
import org.cartflow.common.ProblemException;
import org.cartflow.common.Role;
import org.cartflow.common.Texts;
import org.cartflow.infusion.InfusionRequests.Antihistamine;
import org.cartflow.infusion.InfusionRequests.InfusionDelayRequest;
import org.cartflow.infusion.InfusionRequests.PremedicationRequest;
import org.cartflow.infusion.InfusionRequests.ReadinessRequest;
import org.cartflow.infusion.rules.TocilizumabOnHandGuard;
import org.cartflow.kernel.Course;
import org.cartflow.kernel.CourseState;
import org.cartflow.kernel.EntryTimes;
import org.cartflow.kernel.LateEntry;
import org.cartflow.lymphodepletion.LdOrder;
import org.cartflow.monitoring.TocilizumabStock;
import org.cartflow.product.ProductBag;
import org.cartflow.infusion.rules.PremedicationCompleteGuard;
import org.cartflow.kernel.GuardEvaluator;
import org.cartflow.rules.LabelProfiles;

/** Infusion day before the first thaw: the clinical check (DELAY-1/2, INF-2) and premedication (INF-2). */
@ApplicationScoped
public class InfusionService {

    /** The record type a bag's signatures (co-signs, not infusable) are linked to. */
    static final String SIGNED_BAG = "product-bag";
    private static final Set<CourseState> READINESS_STATES = EnumSet.of(CourseState.LYMPHODEPLETION,
            CourseState.INFUSION_READY);

    @Inject
    Clock clock;
    @Inject
    Signatures signatures;
    @Inject
    EntryTimes entryTimes;
    @Inject
    GuardEvaluator guards;
    @Inject
    LabelProfiles profiles;
    @Inject
    CommandRunner runner;
    @Inject
    Courses courses;
    @Inject
    TocilizumabOnHandGuard tocilizumab;

    @Transactional
    public InfusionView recordReadiness(long courseId, String ifMatch, ReadinessRequest r) {
        return runner.run(InfusionCommands.READINESS, Texts.of(InfusionText.class).actionRecordReadiness(), courseId,
                ifMatch, step -> readiness(step, r), this::view);
    }

    private CommandRunner.Outcome readiness(CommandRunner.Step step, ReadinessRequest r) {
        var text = Texts.of(InfusionText.class);
        Course course = step.course();
        long courseId = course.id;
        if (!READINESS_STATES.contains(course.state)) {
            throw ProblemException.conflict(text.readinessNotNow(course.state));
        }
        EntryTimes.Timed timed = entryTimes.resolve(r.performedAt(), r.lateEntryReason(), "performedAt",
                course.zone());
        InfusionReadiness x = new InfusionReadiness();
        x.courseId = courseId;
        x.activeInfection = r.activeInfection();
        x.inflammatoryDisease = r.inflammatoryDisease();
        x.saePulmonary = r.seriousAdverseEventPulmonary();
        x.saeCardiac = r.seriousAdverseEventCardiac();
        x.saeHypotension = r.seriousAdverseEventHypotension();
        x.saeOther = blankToNull(r.seriousAdverseEventOther());
        x.temperatureC = r.temperatureC();
        x.heartRate = r.heartRate();
        x.systolicBp = r.systolicBp();
        x.diastolicBp = r.diastolicBp();
        x.spo2 = r.spo2();
        x.respiratoryRate = r.respiratoryRate();
        x.emergencyMeasuresReady = r.emergencyMeasuresReady();
        x.recordedBy = step.user();
        x.recordedAt = timed.recordedAt();
        x.performedAt = timed.performedAt();
        x.persist();
        entryTimes.keepIfLate(courseId, "infusion.readiness.recorded", x.id, timed, step.role());
        return new CommandRunner.Outcome("infusion.readiness.recorded",
                timed.lateReason(), AuditEntry.details("performedAt", x.performedAt, "clear", x.clear(),
                        "seriousAdverseEvents", x.seriousAdverseEvents(), "activeInfection",
                        x.activeInfection, "inflammatoryDisease", x.inflammatoryDisease, "temperatureC",
                        x.temperatureC, "heartRate", x.heartRate, "bloodPressure", x.systolicBp + "/" + x.diastolicBp,
                        "spo2", x.spo2, "respiratoryRate", x.respiratoryRate, "emergencyMeasuresReady",
                        x.emergencyMeasuresReady));
    }

    @Transactional
    public InfusionView recordPremedication(long courseId, String ifMatch, PremedicationRequest r) {
        return runner.run(InfusionCommands.PREMEDICATION,
                Texts.of(InfusionText.class).actionRecordPremedication(), courseId, ifMatch,
                step -> premedication(step, r), this::view);
    }

    private CommandRunner.Outcome premedication(CommandRunner.Step step, PremedicationRequest r) {
        var text = Texts.of(InfusionText.class);
        Course course = step.course();
        long courseId = course.id;
        if (course.state != CourseState.INFUSION_READY) {
            throw ProblemException.conflict(text.premedicationNotNow(course.state));
        }
        EntryTimes.Timed timed = entryTimes.resolve(r.givenAt(), r.lateEntryReason(), "givenAt", course.zone());
        Instant now = timed.recordedAt();
        Instant givenAt = timed.performedAt();
        if (givenAt.isBefore(now.minus(Duration.ofHours(12)))) {
            throw ProblemException.invalid("givenAt", text.premedicationTooLongAgo());
        }
        guards.require(InfusionCommands.PREMEDICATION, PremedicationCompleteGuard.class,
                new PremedicationCompleteGuard.Facts(r.acetaminophenMg() != null,
                        r.antihistamine() != null && r.antihistamineMg() != null));
        if (r.antihistamine() == Antihistamine.OTHER_H1 && blankToNull(r.antihistamineName()) == null) {
            throw ProblemException.invalid("antihistamineName", text.nameTheAntihistamine());
        }
        boolean steroid = blankToNull(r.corticosteroid()) != null;
        boolean emergency = steroid && Boolean.TRUE.equals(r.corticosteroidLifeThreateningEmergency());
        if (emergency && blankToNull(r.corticosteroidReason()) == null) {
            throw ProblemException.invalid("corticosteroidReason", text.describeTheEmergency());
        }
        if (BagInfusion.count("courseId = ?1 and infusionStartedAt is not null", courseId) > 0) {
            throw ProblemException.conflict(text.premedicationAfterFirstBag());
        }
        Premedication p = new Premedication();
        p.courseId = courseId;
        p.givenAt = givenAt;
        p.acetaminophenMg = r.acetaminophenMg();
        p.antihistamine = r.antihistamine().name();
        p.antihistamineName = r.antihistamine() == Antihistamine.DIPHENHYDRAMINE && blankToNull(r.antihistamineName())
                == null ? "diphenhydramine" : r.antihistamineName().trim();
        p.antihistamineMg = r.antihistamineMg();
        p.corticosteroid = steroid ? r.corticosteroid().trim() : null;
        p.corticosteroidEmergency = emergency;
        p.corticosteroidReason = emergency ? r.corticosteroidReason().trim() : null;
        p.recordedBy = step.user();
        p.recordedAt = now;
        p.persist();
        entryTimes.keepIfLate(courseId, "infusion.premedication.recorded", p.id, timed, step.role());
        return new CommandRunner.Outcome("infusion.premedication.recorded",
                p.corticosteroidReason, AuditEntry.details("givenAt", givenAt, "acetaminophenMg", p.acetaminophenMg,
                        "antihistamine", p.antihistamineName, "antihistamineMg", p.antihistamineMg, "corticosteroid",
                        p.corticosteroid, "corticosteroidEmergency", emergency, "lateEntryReason", timed.lateReason(),
                        "ruleId", "INF-2"));
    }

    /** DELAY-1/2: the physician postpones the infusion beyond the planned day 0, or confirms the delay again. */
    @Transactional
    public InfusionView recordDelay(long courseId, String ifMatch, InfusionDelayRequest r) {
        return runner.run(InfusionCommands.DELAY, Texts.of(InfusionText.class).actionRecordDelay(), courseId, ifMatch,
                step -> delay(step, r), this::view);
    }

    private CommandRunner.Outcome delay(CommandRunner.Step step, InfusionDelayRequest r) {
        var text = Texts.of(InfusionText.class);
        Course course = step.course();
        long courseId = course.id;
        if (course.infusedAt != null || (course.state != CourseState.LYMPHODEPLETION
                && course.state != CourseState.INFUSION_READY)) {
            throw ProblemException.conflict(text.delayNotNow(course.state));
        }
        LocalDate day0 = LdOrder.verified(courseId).map(o -> o.plannedInfusionOn)
                .orElseThrow(() -> ProblemException.conflict(text.delayWithoutLdOrder()));
        if (r.expectedOn() != null && r.expectedOn().isBefore(day0)) {
            throw ProblemException.invalid("expectedOn", text.expectedBeforeDayZero(day0));
        }
        InfusionDelay d = new InfusionDelay();
        d.courseId = courseId;
        d.cause = r.cause();
        d.reason = r.reason().strip();
        d.plannedDayZero = day0;
        d.expectedOn = r.expectedOn();
        d.recordedBy = step.user();
        d.recordedRole = step.role();
        d.recordedAt = step.now();
        d.persist();
        return new CommandRunner.Outcome("infusion.delay.recorded",
                d.reason, AuditEntry.details("cause", d.cause, "ruleId", d.cause.ruleId(), "plannedDayZero", day0,
                        "expectedOn", d.expectedOn));
    }

    @Transactional
    public InfusionView view(long courseId) {
        return view(courses.load(courseId));
    }

    InfusionView view(Course course) {
        Instant now = clock.instant();
        long courseId = course.id;
        InfusionView.Readiness readiness = InfusionReadiness.latest(courseId).map(r -> new InfusionView.Readiness(
                r.performedAt, r.recordedAt, r.recordedBy, r.performedAt.atZone(course.zone()).toLocalDate()
                        .equals(now.atZone(course.zone()).toLocalDate()), r.clear(), r.activeInfection,
                r.inflammatoryDisease, r.seriousAdverseEvents(), r.temperatureC, r.heartRate, r.systolicBp,
                r.diastolicBp, r.spo2, r.respiratoryRate, r.emergencyMeasuresReady)).orElse(null);
        List<BagRecord> bags = BagRecord.ofCourse(courseId);
        boolean firstStarted = bags.stream().anyMatch(b -> b.steps() != null && b.steps().infusionStartedAt != null);
        BedsideLimits limits = BedsideLimits.of(profiles.get(course.labelProfile));
        InfusionView.PremedicationWindow premed = Premedication.latest(courseId).map(p ->
                new InfusionView.PremedicationWindow(p.givenAt, p.recordedBy, p.acetaminophenMg, p.antihistamineName,
                        p.antihistamineMg, p.corticosteroid, p.corticosteroidEmergency, p.steroidBlocks(),
                        p.earliestStart(limits), p.latestStart(limits),
                        BedsideTiming.secondsBetween(now, p.earliestStart(limits)),
                        BedsideTiming.secondsBetween(now, p.latestStart(limits)), firstStarted)).orElse(null);
        int onHand = TocilizumabStock.of(courseId).map(s -> s.dosesOnHand).orElse(0);
        return new InfusionView(courseId, course.version, course.state, now, course.zone().getId(), readiness, premed,
                new InfusionView.Tocilizumab(onHand, tocilizumab.minDoses()),
                bags.stream().map(b -> bagView(b, now, limits)).toList(),
                InfusionIncident.ofCourse(courseId).stream().map(i -> new InfusionView.Incident(i.id, i.bagId,
                        i.ruleId, i.step, i.mismatches, i.recordedBy, i.recordedRole, i.recordedAt)).toList(),
                InfusionDeviation.ofCourse(courseId).stream().map(InfusionView.Deviation::of).toList(),
                LateEntry.ofStage(courseId, "infusion."),
                InfusionDelay.ofCourse(courseId).stream().map(InfusionView.Delay::of).toList());
    }

    private InfusionView.Bag bagView(BagRecord r, Instant now, BedsideLimits limits) {
        ProductBag b = r.bag();
        BagInfusion s = r.steps();
        String next = null;
        String nextRule = null;
        if (b.state == ProductBag.State.STORED || b.state.inUse() || b.state == ProductBag.State.INFUSED) {
            var step = BedsideStep.next(s);
            next = step.map(BedsideStep::slug).orElse(null);
            nextRule = step.map(BedsideStep::ruleId).orElse(null);
        } else if (b.state == ProductBag.State.DISCARDED && (s == null || s.disposedAt == null)) {
            next = BedsideStep.DISPOSAL.slug();
            nextRule = BedsideStep.DISPOSAL.ruleId();
        } else if (b.state == ProductBag.State.QUARANTINED && b.neverInfusable) {
            next = "not-infusable";
            nextRule = b.notInfusableRule;
        }
        List<InfusionView.Step> done = new ArrayList<>();
        if (s != null) {
            add(done, BedsideStep.IDENTITY_CHECK, s.identityCheckedBy, s.identityCheckedAt);
            add(done, BedsideStep.IDENTITY_COSIGN, s.identityCosignedBy, s.identityCosignedAt);
            add(done, BedsideStep.INSPECTION, s.inspectedBy, s.inspectedAt);
            add(done, BedsideStep.THAW_START, s.thawStartedBy, s.thawStartedAt);
            add(done, BedsideStep.THAW_COMPLETE, s.thawCompletedBy, s.thawCompletedAt);
            add(done, BedsideStep.LINE_SETUP, s.lineSetUpBy, s.lineSetUpAt);
            add(done, BedsideStep.BEDSIDE_IDENTITY_CHECK, s.bedsideCheckedBy, s.bedsideCheckedAt);
            if (s.manualBedsideCheck()) {
                add(done, BedsideStep.BEDSIDE_IDENTITY_COSIGN, s.bedsideCosignedBy, s.bedsideCosignedAt);
            }
            add(done, BedsideStep.INFUSION_START, s.infusionStartedBy, s.infusionStartedAt);
            add(done, BedsideStep.INFUSION_END, s.infusionEndedBy, s.infusionEndedAt);
            add(done, BedsideStep.BACK_PRIME, s.backPrimedBy, s.backPrimedAt);
            add(done, BedsideStep.DISPOSAL, s.disposedBy, s.disposedAt);
        }
        Instant mustEndBy = limits.mustEndBy(s);
        boolean counting = mustEndBy != null && s.infusionEndedAt == null && b.state.inUse();
        Long secondsLeft = counting ? BedsideTiming.secondsBetween(now, mustEndBy) : null;
        Instant earliestEnd = s != null && s.infusionStartedAt != null
                ? s.infusionStartedAt.plus(BedsideTiming.minimumDuration(b.volumeMl, limits.maxRateMlMin())) : null;
        return new InfusionView.Bag(b.id, b.position, b.bagCode, b.volumeMl, b.carTE6, b.state, b.neverInfusable,
                b.quarantineReason, b.notInfusableRule, b.notInfusableReason, next, nextRule, done,
                s == null ? null : s.thawStartedAt, mustEndBy, secondsLeft,
                secondsLeft == null ? null : Math.floorDiv(secondsLeft, 60), s == null ? null : s.thawMethod,
                s == null ? null : s.pumpRateMlMin, s == null ? null : s.rateMlMin, earliestEnd,
                signatures.of(SIGNED_BAG, b.id));
    }

    private static void add(List<InfusionView.Step> done, BedsideStep step, String by, Instant at) {
        if (at != null) {
            done.add(new InfusionView.Step(step.slug(), step.ruleId(), by, at));
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** A physician reviews a deviation kept when the infusion was recorded: who, when and the note, audited. */
    @Transactional
    public InfusionView reviewDeviation(long courseId, long deviationId, String ifMatch, String note) {
        return runner.run(InfusionCommands.DEVIATION_REVIEW,
                Texts.of(InfusionText.class).actionReviewDeviation(), courseId, ifMatch,
                step -> deviationReview(step, deviationId, note), this::view);
    }

    private CommandRunner.Outcome deviationReview(CommandRunner.Step step, long deviationId, String note) {
        var text = Texts.of(InfusionText.class);
        Course course = step.course();
        long courseId = course.id;
        InfusionDeviation d = InfusionDeviation.<InfusionDeviation>findByIdOptional(deviationId)
                .filter(x -> x.courseId == courseId)
                .orElseThrow(() -> ProblemException.notFound(text.actionReviewDeviation(), deviationId));
        if (!d.open()) {
            throw ProblemException.conflict(text.deviationAlreadyReviewed(d.reviewedBy));
        }
        d.reviewedBy = step.user();
        d.reviewedAt = step.now();
        d.reviewNote = note.strip();
        return new CommandRunner.Outcome("infusion.deviation.reviewed",
                d.reviewNote, Map.of("deviationId", deviationId, "ruleId", d.ruleId));
    }
}

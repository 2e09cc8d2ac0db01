package org.cartflow.infusion;

import org.cartflow.kernel.Courses;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cartflow.audit.AuditEntry;
import org.cartflow.command.CommandRunner;
import org.cartflow.audit.SignatureMeaning;
import org.cartflow.audit.Signatures;
import org.cartflow.common.CommonText;
import org.cartflow.common.HospitalTime;
import org.cartflow.common.Problem;
import org.cartflow.common.ProblemException;
import org.cartflow.common.Role;
import org.cartflow.common.Texts;
import org.cartflow.eligibility.rules.NoComponentHypersensitivityGuard;
import org.cartflow.eligibility.rules.PregnancyReconfirmedGuard;
import org.cartflow.infusion.InfusionRequests.*;
import org.cartflow.infusion.rules.*;
import org.cartflow.kernel.Command;
import org.cartflow.kernel.Course;
import org.cartflow.kernel.CourseState;
import org.cartflow.kernel.EntryTimes;
import org.cartflow.kernel.Guard;
import org.cartflow.kernel.GuardContext;
import org.cartflow.kernel.GuardEvaluator;
import org.cartflow.product.PatientIdentifiers;
import org.cartflow.product.ProductBag.State;
import org.cartflow.product.ProductBag;
import org.cartflow.product.ProductShipment;
import org.cartflow.product.rules.KeptFrozenGuard;
import org.cartflow.product.rules.WithinExpiryGuard;
import org.cartflow.kernel.Refusals;
import org.cartflow.rules.LabelProfiles;

/**
 * The label's per-bag bedside procedure (INF-1..INF-13, RATE-1): each step only after the one before it, by a
 * nurse or physician, timed by when it happened ({@code performedAt}, at most the site's window back), and audited
 * with the moment it was entered. A refused step records nothing, except that an identity
 * mismatch is kept as an incident.
 */
@ApplicationScoped
public class BedsideService {


    @Inject
    NotBeforePlannedDayZeroGuard notBeforeDayZero;
    @Inject
    DelayRecordedAfterDayZeroGuard delayRecorded;
    @Inject
    MeterRegistry metrics;
    @Inject
    EntryTimes entryTimes;
    @Inject
    PremedicationGrace premedicationGrace;
    @Inject
    Clock clock;
    @Inject
    Signatures signatures;
    @Inject
    CommandRunner runner;
    @Inject
    Courses courses;
    @Inject
    IncidentLog incidents;
    @Inject
    LabelProfiles profiles;
    @Inject
    InfusionService infusion;
    @Inject
    GuardEvaluator guards;
    @Inject
    SameDayClinicalCheckGuard sameDayCheck;
    @Inject
    AnaphylaxisReadyGuard anaphylaxisReady;
    @Inject
    TocilizumabOnHandGuard tocilizumab;
    @Inject
    NoComponentHypersensitivityGuard hypersensitivity;
    @Inject
    PregnancyReconfirmedGuard pregnancyReconfirmed;
    @Inject
    KeptFrozenGuard keptFrozen;
    @Inject
    WithinExpiryGuard withinExpiry;
    @Inject
    NeverInfusedBeforeGuard neverInfused;

    /** A step under way: the course (version bumped), the bag, its record and the moment the step happened. */
    private record Work(Course course, ProductBag bag, BagInfusion steps, Instant now, String role,
            EntryTimes.Timed timed, BedsideLimits limits) {

        Instant mustEndBy() {
            return limits.mustEndBy(steps);
        }
    }

    @Transactional
    public InfusionView identityCheck(long courseId, long bagId, String ifMatch, IdentityCheckRequest r) {
        var text = Texts.of(InfusionText.class);
        return runner.run(InfusionCommands.IDENTITY_CHECK, text.actionIdentityCheck(), courseId, ifMatch,
                (role, who) -> checkIdentity(courseId, bagId, role, who, BedsideStep.IDENTITY_CHECK, r.bagCode(),
                        List.of(r.cassette(), r.bag()), List.of(text.cassette(), text.bagLabelIdentifiers())),
                step -> recordIdentityCheck(step, bagId, r), infusion::view);
    }

    private CommandRunner.Outcome recordIdentityCheck(CommandRunner.Step step, long bagId, IdentityCheckRequest r) {
        Work w = begin(step, bagId, BedsideStep.IDENTITY_CHECK, r.performedAt(), r.lateEntryReason());
        w.steps.identityCheckedBy = step.user();
        w.steps.identityCheckedAt = w.now;
        w.steps.identityEntry = r.entry().name();
        return outcome(w, BedsideStep.IDENTITY_CHECK, Map.of("entry", r.entry(), "ruleId", "INF-4"), null);
    }

    @Transactional
    public InfusionView identityCosign(long courseId, long bagId, String ifMatch, IdentityCheckRequest r) {
        var text = Texts.of(InfusionText.class);
        return runner.run(InfusionCommands.IDENTITY_COSIGN, text.actionIdentityCosign(), courseId, ifMatch,
                (role, who) -> checkIdentity(courseId, bagId, role, who, BedsideStep.IDENTITY_COSIGN, r.bagCode(),
                        List.of(r.cassette(), r.bag()), List.of(text.cassette(), text.bagLabelIdentifiers())),
                step -> recordIdentityCosign(step, bagId, r), infusion::view);
    }

    private CommandRunner.Outcome recordIdentityCosign(CommandRunner.Step step, long bagId, IdentityCheckRequest r) {
        long courseId = step.course().id;
        Work w = begin(step, bagId, BedsideStep.IDENTITY_COSIGN, r.performedAt(), r.lateEntryReason());
        refuseSameSigner(BedsideStep.IDENTITY_COSIGN, w.steps.identityCheckedBy, step.user());
        var signature = signatures.sign(SignatureMeaning.IDENTITY_COSIGNED, step.role(), courseId,
                InfusionService.SIGNED_BAG, bagId);
        w.steps.identityCosignedBy = step.user();
        w.steps.identityCosignedAt = w.now;
        return outcome(w, BedsideStep.IDENTITY_COSIGN, Map.of("entry", r.entry(), "firstSigner",
                w.steps.identityCheckedBy, "ruleId", "INF-4", "signatureId", signature.id()), null);
    }

    @Transactional
    public InfusionView inspect(long courseId, long bagId, String ifMatch, InspectionRequest r) {
        return runner.run(InfusionCommands.INSPECTION, Texts.of(InfusionText.class).actionInspect(), courseId, ifMatch,
                step -> recordInspection(step, bagId, r), infusion::view);
    }

    private CommandRunner.Outcome recordInspection(CommandRunner.Step step, long bagId, InspectionRequest r) {
        var text = Texts.of(InfusionText.class);
        if (!r.intact() && InfusionService.blankToNull(r.finding()) == null) {
            throw ProblemException.invalid("finding", text.describeTheDamage());
        }
        Work w = begin(step, bagId, BedsideStep.INSPECTION, r.performedAt(), r.lateEntryReason());
        w.steps.inspectedBy = step.user();
        w.steps.inspectedAt = w.now;
        w.steps.inspectionFinding = InfusionService.blankToNull(r.finding());
        if (!r.intact()) {
            quarantineForever(w.bag, "INF-5", text.damagedOrLeaking(r.finding().trim()));
        }
        return outcome(w, BedsideStep.INSPECTION, AuditEntry.details("intact", r.intact(), "finding",
                w.steps.inspectionFinding, "ruleId", "INF-5"), null);
    }

    @Transactional
    public InfusionView thawStart(long courseId, long bagId, String ifMatch, ThawStartRequest r) {
        return runner.run(InfusionCommands.THAW_START, Texts.of(InfusionText.class).actionThawStart(), courseId,
                ifMatch, step -> recordThawStart(step, bagId, r), infusion::view);
    }

    private CommandRunner.Outcome recordThawStart(CommandRunner.Step step, long bagId, ThawStartRequest r) {
        long courseId = step.course().id;
        Work w = begin(step, bagId, BedsideStep.THAW_START, r.performedAt(), r.lateEntryReason());
        GuardContext ctx = new GuardContext(w.course, w.now);
        List<Problem.Refusal> out = new ArrayList<>();
        for (Guard g : List.of(notBeforeDayZero, delayRecorded, sameDayCheck, anaphylaxisReady, tocilizumab, hypersensitivity,
                pregnancyReconfirmed, keptFrozen, withinExpiry, neverInfused)) {
            out.addAll(guards.evaluate(g, ctx));
        }
        Command cmd = InfusionCommands.THAW_START;
        out.addAll(guards.check(cmd, StoredBagThawedGuard.class, new StoredBagThawedGuard.Facts(w.bag)));
        List<BagRecord> others = BagRecord.ofCourse(courseId).stream().filter(b -> !b.bag().id.equals(bagId)).toList();
        out.addAll(guards.check(cmd, OneBagAtATimeGuard.class, new OneBagAtATimeGuard.Facts(others, w.now,
                w.course.zone())));
        boolean firstBag = others.stream().noneMatch(b -> b.steps() != null && b.steps().infusionStartedAt != null);
        out.addAll(guards.check(cmd, PremedicatedBeforeThawGuard.class, new PremedicatedBeforeThawGuard.Facts(
                Premedication.latest(courseId).orElse(null), firstBag, premedicationGrace.grace(), w.limits, w.now,
                w.course.zone())));
        var profile = profiles.get(w.course.labelProfile);
        out.addAll(guards.check(cmd, ThawBathTemperatureGuard.class, new ThawBathTemperatureGuard.Facts(
                r.temperatureC(), profile.value("thawBathLowestC"), profile.value("thawBathHighestC"))));
        Refusals.throwIfAny(out);
        w.steps.thawMethod = r.method().name();
        w.steps.thawTemperatureC = r.temperatureC();
        w.steps.thawStartedBy = step.user();
        w.steps.thawStartedAt = w.now;
        w.bag.state = State.THAWING;
        return outcome(w, BedsideStep.THAW_START, AuditEntry.details("method", r.method(), "temperatureC",
                r.temperatureC(), "mustEndBy", w.mustEndBy(), "ruleIds", List.of("INF-1", "INF-6", "INF-7")),
                null);
    }

    @Transactional
    public InfusionView thawComplete(long courseId, long bagId, String ifMatch, ThawCompleteRequest r) {
        return runner.run(InfusionCommands.THAW_COMPLETE, Texts.of(InfusionText.class).actionThawComplete(), courseId,
                ifMatch, step -> recordThawComplete(step, bagId, r), infusion::view);
    }

    private CommandRunner.Outcome recordThawComplete(CommandRunner.Step step, long bagId, ThawCompleteRequest r) {
        var text = Texts.of(InfusionText.class);
        Work w = begin(step, bagId, BedsideStep.THAW_COMPLETE, r.performedAt(), r.lateEntryReason());
        List<ProhibitedHandling> handling = r.prohibitedHandling() == null ? List.of() : r.prohibitedHandling();
        guards.require(InfusionCommands.THAW_COMPLETE, CompletelyThawedGuard.class,
                new CompletelyThawedGuard.Facts(r.completelyThawed(), !handling.isEmpty()));
        withinSixtyMinutes(w, InfusionCommands.THAW_COMPLETE);
        w.steps.thawCompletedBy = step.user();
        w.steps.thawCompletedAt = w.now;
        if (!handling.isEmpty()) {
            quarantineForever(w.bag, "INF-7", text.handledAgainstTheLabel(handling.toString()));
        }
        return outcome(w, BedsideStep.THAW_COMPLETE, AuditEntry.details("completelyThawed", r.completelyThawed(),
                "prohibitedHandling", handling, "ruleId", "INF-7"), null);
    }

    @Transactional
    public InfusionView lineSetup(long courseId, long bagId, String ifMatch, LineSetupRequest r) {
        return runner.run(InfusionCommands.LINE_SETUP, Texts.of(InfusionText.class).actionLineSetup(), courseId,
                ifMatch, step -> recordLineSetup(step, bagId, r), infusion::view);
    }

    private CommandRunner.Outcome recordLineSetup(CommandRunner.Step step, long bagId, LineSetupRequest r) {
        var text = Texts.of(InfusionText.class);
        Work w = begin(step, bagId, BedsideStep.LINE_SETUP, r.performedAt(), r.lateEntryReason());
        if (r.productIrradiated()) {
            quarantineForever(w.bag, "INF-8", text.productIrradiated());
            return outcome(w, null, AuditEntry.details("productIrradiated", true, "ruleId", "INF-8"), null);
        }
        guards.require(InfusionCommands.LINE_SETUP, LinePrimingGuard.class,
                new LinePrimingGuard.Facts(r.primedWithSaline(), r.leukocyteDepletingFilter()));
        withinSixtyMinutes(w, InfusionCommands.LINE_SETUP);
        w.steps.lineSetUpBy = step.user();
        w.steps.lineSetUpAt = w.now;
        return outcome(w, BedsideStep.LINE_SETUP, AuditEntry.details("primedWithSaline", true,
                "leukocyteDepletingFilter", false, "productIrradiated", false, "ruleIds", List.of("INF-8", "INF-10")),
                null);
    }

    @Transactional
    public InfusionView bedsideIdentityCheck(long courseId, long bagId, String ifMatch, BedsideIdentityRequest r) {
        var text = Texts.of(InfusionText.class);
        boolean manual = r.entry() != Entry.SCANNED;
        return runner.run(InfusionCommands.BEDSIDE_IDENTITY_CHECK, text.actionBedsideIdentityCheck(), courseId,
                ifMatch, (role, who) -> {
                    // a manual entry without its reason is refused before the identifiers are compared
                    guards.require(InfusionCommands.BEDSIDE_IDENTITY_CHECK, BedsideScanGuard.class,
                            new BedsideScanGuard.Facts(manual, r.manualReason() != null
                                    && !r.manualReason().isBlank()));
                    checkIdentity(courseId, bagId, role, who, BedsideStep.BEDSIDE_IDENTITY_CHECK, r.bagCode(),
                            List.of(r.bag(), r.wristband()), List.of(text.bagLabelIdentifiers(), text.wristband()));
                }, step -> recordBedsideIdentityCheck(step, bagId, r, manual), infusion::view);
    }

    private CommandRunner.Outcome recordBedsideIdentityCheck(CommandRunner.Step step, long bagId,
            BedsideIdentityRequest r, boolean manual) {
        Work w = begin(step, bagId, BedsideStep.BEDSIDE_IDENTITY_CHECK, r.performedAt(),
                r.lateEntryReason());
        withinSixtyMinutes(w, InfusionCommands.BEDSIDE_IDENTITY_CHECK);
        w.steps.bedsideCheckedBy = step.user();
        w.steps.bedsideCheckedAt = w.now;
        w.steps.bedsideEntry = r.entry().name();
        if (manual) {
            w.steps.bedsideManualReason = r.manualReason().strip();
            metrics.counter("cartflow.bedside.manual.identity.checks").increment();
        }
        return outcome(w, BedsideStep.BEDSIDE_IDENTITY_CHECK, manual
                ? Map.of("entry", r.entry(), "ruleId", "INF-9", "manualReason", w.steps.bedsideManualReason)
                : Map.of("entry", r.entry(), "ruleId", "INF-9"), null);
    }

    /** INF-9 downtime path: a second user types the identifiers again and co-signs a manual bedside check. */
    @Transactional
    public InfusionView bedsideIdentityCosign(long courseId, long bagId, String ifMatch, BedsideIdentityRequest r) {
        var text = Texts.of(InfusionText.class);
        return runner.run(InfusionCommands.BEDSIDE_IDENTITY_COSIGN, text.actionBedsideIdentityCosign(), courseId,
                ifMatch, (role, who) -> checkIdentity(courseId, bagId, role, who, BedsideStep.BEDSIDE_IDENTITY_COSIGN,
                        r.bagCode(), List.of(r.bag(), r.wristband()),
                        List.of(text.bagLabelIdentifiers(), text.wristband())),
                step -> recordBedsideIdentityCosign(step, bagId, r), infusion::view);
    }

    private CommandRunner.Outcome recordBedsideIdentityCosign(CommandRunner.Step step, long bagId,
            BedsideIdentityRequest r) {
        long courseId = step.course().id;
        Work w = begin(step, bagId, BedsideStep.BEDSIDE_IDENTITY_COSIGN, r.performedAt(),
                r.lateEntryReason());
        refuseSameSigner(BedsideStep.BEDSIDE_IDENTITY_COSIGN, w.steps.bedsideCheckedBy, step.user());
        withinSixtyMinutes(w, InfusionCommands.BEDSIDE_IDENTITY_COSIGN);
        var signature = signatures.sign(SignatureMeaning.BEDSIDE_IDENTITY_COSIGNED, step.role(), courseId,
                InfusionService.SIGNED_BAG, bagId);
        w.steps.bedsideCosignedBy = step.user();
        w.steps.bedsideCosignedAt = w.now;
        return outcome(w, BedsideStep.BEDSIDE_IDENTITY_COSIGN, Map.of("entry", r.entry(), "firstSigner",
                w.steps.bedsideCheckedBy, "ruleId", "INF-9", "signatureId", signature.id()), null);
    }

    @Transactional
    public InfusionView infusionStart(long courseId, long bagId, String ifMatch, InfusionStartRequest r) {
        return runner.run(InfusionCommands.INFUSION_START, Texts.of(InfusionText.class).actionInfusionStart(), courseId,
                ifMatch, step -> recordInfusionStart(step, bagId, r), infusion::view);
    }

    private CommandRunner.Outcome recordInfusionStart(CommandRunner.Step step, long bagId, InfusionStartRequest r) {
        var text = Texts.of(InfusionText.class);
        long courseId = step.course().id;
        Work w = begin(step, bagId, BedsideStep.INFUSION_START, r.performedAt(), r.lateEntryReason());
        Command cmd = InfusionCommands.INFUSION_START;
        boolean firstBag = BagInfusion.count("courseId = ?1 and infusionStartedAt is not null", courseId) == 0;
        String graceReason = InfusionService.blankToNull(r.premedicationWindowReason());
        var premedication = new PremedicationWindowGuard.Facts(Premedication.latest(courseId).orElse(null), firstBag,
                premedicationGrace.grace(), graceReason != null, w.limits, w.now, w.course.zone());
        if (graceReason != null && !premedication.inGrace()) {
            throw ProblemException.invalid("premedicationWindowReason", text.premedicationReasonOnlyInGrace());
        }
        List<Problem.Refusal> out = new ArrayList<>(guards.check(cmd, PremedicationWindowGuard.class, premedication));
        out.addAll(guards.check(cmd, PumpRateGuard.class, new PumpRateGuard.Facts(r.pumpRateMlMin(),
                w.limits.maxRateMlMin())));
        Refusals.throwIfAny(out);
        withinSixtyMinutes(w, cmd);
        w.steps.infusionStartedBy = step.user();
        w.steps.infusionStartedAt = w.now;
        w.steps.pumpRateMlMin = r.pumpRateMlMin();
        w.steps.premedicationWindowReason = graceReason;
        w.bag.state = State.INFUSING;
        return outcome(w, BedsideStep.INFUSION_START, AuditEntry.details("pumpRateMlMin", r.pumpRateMlMin(),
                "firstBag", firstBag, "mustEndBy", w.mustEndBy(), "ruleIds", List.of("INF-2", "RATE-1"),
                "premedicationWindowDeviation", graceReason != null), graceReason);
    }

    @Transactional
    public InfusionView infusionEnd(long courseId, long bagId, String ifMatch, InfusionEndRequest r) {
        return runner.run(InfusionCommands.INFUSION_END, Texts.of(InfusionText.class).actionInfusionEnd(), courseId,
                ifMatch, step -> recordInfusionEnd(step, bagId, r), infusion::view);
    }

    private CommandRunner.Outcome recordInfusionEnd(CommandRunner.Step step, long bagId, InfusionEndRequest r) {
        var text = Texts.of(InfusionText.class);
        if (!r.fullVolumeGiven()) {
            throw ProblemException.invalid("fullVolumeGiven", text.endOnlyAfterFullVolume());
        }
        Work w = begin(step, bagId, BedsideStep.INFUSION_END, r.performedAt(), r.lateEntryReason());
        withinSixtyMinutes(w, InfusionCommands.INFUSION_END);
        guards.require(InfusionCommands.INFUSION_END, InfusionDurationGuard.class, new InfusionDurationGuard.Facts(
                w.bag.volumeMl, w.steps.infusionStartedAt, w.now, w.limits.maxRateMlMin(), w.course.zone()));
        w.steps.infusionEndedBy = step.user();
        w.steps.infusionEndedAt = w.now;
        w.steps.rateMlMin = BedsideTiming.rate(w.bag.volumeMl, w.steps.infusionStartedAt, w.now);
        w.bag.volumeInfusedMl = w.bag.volumeMl;
        return outcome(w, BedsideStep.INFUSION_END, AuditEntry.details("rateMlMin", w.steps.rateMlMin,
                "volumeMl", w.bag.volumeMl, "minutesSinceThawStart", BedsideTiming.secondsBetween(
                        w.steps.thawStartedAt, w.now) / 60.0, "ruleIds", List.of("INF-11", "RATE-1")), null);
    }

    @Transactional
    public InfusionView backPrime(long courseId, long bagId, String ifMatch, BackPrimeRequest r) {
        return runner.run(InfusionCommands.BACK_PRIME, Texts.of(InfusionText.class).actionBackPrime(), courseId,
                ifMatch, step -> recordBackPrime(step, bagId, r), infusion::view);
    }

    private CommandRunner.Outcome recordBackPrime(CommandRunner.Step step, long bagId, BackPrimeRequest r) {
        Work w = begin(step, bagId, BedsideStep.BACK_PRIME, r.performedAt(), r.lateEntryReason());
        w.steps.backPrimedBy = step.user();
        w.steps.backPrimedAt = w.now;
        w.steps.backPrimeMl = r.salineMl();
        w.bag.state = State.INFUSED;
        return outcome(w, BedsideStep.BACK_PRIME, Map.of("salineMl", r.salineMl(), "ruleId", "INF-10"), null);
    }

    @Transactional
    public InfusionView dispose(long courseId, long bagId, String ifMatch, DisposalRequest r) {
        return runner.run(InfusionCommands.DISPOSAL, Texts.of(InfusionText.class).actionDispose(), courseId, ifMatch,
                step -> recordDisposal(step, bagId, r), infusion::view);
    }

    private CommandRunner.Outcome recordDisposal(CommandRunner.Step step, long bagId, DisposalRequest r) {
        guards.require(InfusionCommands.DISPOSAL, InfectiousWasteGuard.class,
                new InfectiousWasteGuard.Facts(r.asInfectiousWaste()));
        Work w = begin(step, bagId, BedsideStep.DISPOSAL, r.performedAt(), r.lateEntryReason());
        w.steps.disposedBy = step.user();
        w.steps.disposedAt = w.now;
        return outcome(w, BedsideStep.DISPOSAL, Map.of("asInfectiousWaste", true, "ruleId", "INF-13"), null);
    }

    /**
     * A physician documents that a bag will not be infused (INF-12): a bag that can never be (INF-5, INF-7, INF-8),
     * a bag past its 60 minutes (INF-11: the deviation), or a bag the physician stops for a clinical reason.
     */
    @Transactional
    public InfusionView notInfusable(long courseId, long bagId, String ifMatch, NotInfusableRequest r) {
        return runner.run(InfusionCommands.NOT_INFUSABLE, Texts.of(InfusionText.class).actionNotInfusable(), courseId,
                ifMatch, step -> recordNotInfusable(step, bagId, r), infusion::view);
    }

    private CommandRunner.Outcome recordNotInfusable(CommandRunner.Step step, long bagId, NotInfusableRequest r) {
        var text = Texts.of(InfusionText.class);
        Course course = requireBedside(step.course(), InfusionCommands.NOT_INFUSABLE);
        long courseId = course.id;
        ProductBag bag = bag(courseId, bagId);
        if (bag.state.accountedFor()) {
            throw ProblemException.conflict(text.bagAlreadyAccountedFor(label(bag), bag.state));
        }
        guards.require(InfusionCommands.NOT_INFUSABLE, ExcursionHoldGuard.class, new ExcursionHoldGuard.Facts(bag));
        Instant now = step.now();
        BagInfusion steps = BagInfusion.ofBag(bagId).orElse(null);
        String rule = bag.notInfusableRule;
        if (rule == null) {
            Instant mustEndBy = BedsideLimits.of(profiles.get(course.labelProfile)).mustEndBy(steps);
            rule = mustEndBy != null && now.isAfter(mustEndBy) ? "INF-11" : "INF-12";
        }
        var signature = signatures.sign(SignatureMeaning.BAG_NOT_INFUSABLE, step.role(), courseId,
                InfusionService.SIGNED_BAG, bagId);
        bag.state = State.DISCARDED;
        bag.neverInfusable = true;
        bag.notInfusableRule = rule;
        bag.notInfusableReason = r.reason().trim();
        bag.notInfusableBy = step.user();
        bag.notInfusableAt = now;
        return new CommandRunner.Outcome("infusion.bag.not-infusable", r.reason(), Map.of("bagId", bagId, "bagCode",
                bag.bagCode, "ruleId", rule, "signatureId", signature.id()));
    }

    /** INF-4, INF-9: a two-person check needs two people; answered 403 because it is about who signs. */
    private void refuseSameSigner(BedsideStep step, String firstSigner, String signer) {
        List<Problem.Refusal> refused = guards.check(InfusionCommands.of(step), TwoPeopleGuard.class,
                new TwoPeopleGuard.Facts(step, firstSigner, signer));
        if (!refused.isEmpty()) {
            throw new ProblemException(403, "forbidden", Texts.of(CommonText.class).titleForbidden(),
                    Texts.of(InfusionText.class).cosignBySomeoneElse(signer), null, refused);
        }
    }

    /** Identifiers must all match before anything is recorded; a mismatch is refused and kept as an incident. */
    private void checkIdentity(long courseId, long bagId, String role, String who, BedsideStep step, String bagCode,
            List<PatientIdentifiers> read, List<String> labels) {
        var text = Texts.of(InfusionText.class);
        Course course = courses.load(courseId);
        ProductBag bag = bag(courseId, bagId);
        String coi = ProductShipment.ofCourse(courseId).map(s -> s.coiId).orElse(null);
        List<String> mismatches = new ArrayList<>();
        if (!bag.bagCode.equals(bagCode.trim())) {
            mismatches.add(text.bagCodeMismatch(bagCode, label(bag)));
        }
        for (int i = 0; i < read.size(); i++) {
            mismatches.addAll(read.get(i).mismatches(course.patient, coi, labels.get(i)));
        }
        if (!mismatches.isEmpty()) {
            incidents.record(course.patient.id, courseId, bagId, step.ruleId(), step, mismatches, who, role);
            throw Refusals.identityMismatch(guards.check(InfusionCommands.of(step), LabelsMatchGuard.class,
                    new LabelsMatchGuard.Facts(step, mismatches)));
        }
    }

    private Work begin(CommandRunner.Step current, long bagId, BedsideStep step, Instant performedAt,
            String lateEntryReason) {
        var text = Texts.of(InfusionText.class);
        Command cmd = InfusionCommands.of(step);
        Course course = requireBedside(current.course(), cmd);
        long courseId = course.id;
        ProductBag bag = bag(courseId, bagId);
        BagInfusion steps = BagInfusion.ofBag(bagId).orElse(null);
        guards.require(cmd, BagUsableGuard.class, new BagUsableGuard.Facts(step, bag));
        if (step.doneOn(steps)) {
            throw ProblemException.conflict(text.stepAlreadyRecorded(step.slug(), label(bag)));
        }
        guards.require(cmd, BedsideStepOrderGuard.class, new BedsideStepOrderGuard.Facts(step, bag, steps));
        if (steps == null) {
            steps = new BagInfusion();
            steps.bagId = bagId;
            steps.courseId = courseId;
        }
        EntryTimes.Timed timed = entryTimes.resolve(performedAt, lateEntryReason, "performedAt", course.zone());
        Instant previous = step.previousDoneAt(steps);
        if (previous != null && timed.performedAt().isBefore(previous.minus(BedsideTiming.ORDER_TOLERANCE))) {
            throw ProblemException.invalid("performedAt", text.beforePreviousStep(step.slug(),
                    HospitalTime.of(timed.performedAt(), course.zone()), HospitalTime.of(previous, course.zone())));
        }
        return new Work(course, bag, steps, timed.performedAt(), current.role(), timed,
                BedsideLimits.of(profiles.get(course.labelProfile)));
    }

    private Course requireBedside(Course course, Command cmd) {
        var text = Texts.of(InfusionText.class);
        guards.require(cmd, CourseNotInfusedGuard.class, new CourseNotInfusedGuard.Facts(course.infusedAt, course.zone()));
        if (course.state != CourseState.INFUSION_READY) {
            throw ProblemException.conflict(text.bedsideNotNow(course.state));
        }
        return course;
    }

    private void withinSixtyMinutes(Work w, Command cmd) {
        guards.require(cmd, WithinSixtyMinutesOfThawGuard.class,
                new WithinSixtyMinutesOfThawGuard.Facts(w.bag, w.steps, w.limits, w.now, w.course.zone()));
    }

    private void quarantineForever(ProductBag bag, String ruleId, String reason) {
        bag.quarantine(ruleId + ": " + reason, true);
        bag.notInfusableRule = ruleId;
    }

    /** The bedside step's audit event: its details with the bag, its state and when the step happened. */
    private CommandRunner.Outcome outcome(Work w, BedsideStep step, Map<String, ?> details, String reason) {
        if (w.steps.id == null) {
            w.steps.persist();
        }
        String action = step == null ? "infusion.bag.quarantined" : "infusion.bag." + step.slug();
        entryTimes.keepIfLate(w.course.id, action, w.bag.id, w.timed, w.role);
        Map<String, Object> all = new java.util.LinkedHashMap<>(details);
        all.put("bagId", w.bag.id);
        all.put("bagCode", w.bag.bagCode);
        all.put("bagState", w.bag.state);
        all.put("performedAt", w.now);
        if (w.timed.late()) {
            all.put("lateEntryReason", w.timed.lateReason());
            all.put("lateByMinutes", w.timed.delayMinutes());
        }
        return new CommandRunner.Outcome(action, reason, all);
    }

    private static ProductBag bag(long courseId, long bagId) {
        return ProductBag.ofCourse(courseId, bagId).orElseThrow(() -> ProblemException.notFound(Texts.of(InfusionText.class).bag(), bagId));
    }

    private static String label(ProductBag b) {
        return BagRecord.label(b);
    }
}

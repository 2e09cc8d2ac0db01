package org.cartflow.journey;

import org.cartflow.kernel.Courses;
import org.cartflow.rules.LabelProfiles;
import org.cartflow.kernel.Course;
import org.cartflow.kernel.CourseState;
import org.cartflow.kernel.DayZero;
import org.cartflow.kernel.DeviationLog;
import org.cartflow.kernel.GuardContext;
import org.cartflow.kernel.GuardEvaluator;
import org.cartflow.kernel.InfusedDose;
import org.cartflow.kernel.Patient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cartflow.audit.AuditEntry;
import org.cartflow.audit.AuditTrail;
import org.cartflow.command.CommandRunner;
import org.cartflow.command.TrialOverrides;
import org.cartflow.audit.SignatureView;
import org.cartflow.audit.Signatures;
import org.cartflow.common.CurrentUser;
import org.cartflow.common.Problem;
import org.cartflow.common.ProblemException;
import org.cartflow.common.Role;
import org.cartflow.common.Texts;
import org.cartflow.common.Versions;
import org.cartflow.rules.RuleCatalog;

/** Takes a course from one state to the next: role, guards, overrides, audit, all in one transaction. */
@ApplicationScoped
public class JourneyService {

    /** The record type of a signature on the course itself (a transition that is a signature). */
    static final String SIGNED_COURSE = "course";

    @Inject
    Clock clock;

    @Inject
    Signatures signatures;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    @Inject
    GuardEvaluator guards;

    @Inject
    RuleCatalog catalog;

    @Inject
    DayZero dayZero;

    @Inject
    DeviationLog deviationLog;

    @Inject
    InfusedDose infusedDose;

    @Inject
    Courses courses;

    @Inject
    ProfilePinning pinning;

    @Inject
    CommandRunner runner;

    @Transactional
    public CourseView perform(long courseId, TransitionRequest request, String ifMatch) {
        var text = Texts.of(JourneyText.class);
        Transition t = Transition.bySlug(request.transition())
                .orElseThrow(() -> ProblemException.invalid("transition", text.unknownTransition()));
        String role = user.requireRole(t.roles(), t.slug());
        Course course = courses.load(courseId);
        Versions.checkIfMatch(ifMatch, course.version);
        if (!t.appliesFrom(course.state)) {
            throw new ProblemException(422, "invalid-transition", text.titleStepNotPossible(),
                    text.stepAppliesFrom(t.slug(), t.from().stream().map(Enum::name).sorted()
                            .collect(Collectors.joining(", ")), course.state),
                    null, null);
        }
        if (t.reasonRequired() && (request.reason() == null || request.reason().isBlank())) {
            throw ProblemException.invalid("reason", text.reasonNeeded(t.slug()));
        }
        Instant now = clock.instant();
        Instant diedAt = t == Transition.RECORD_DEATH ? timeOfDeath(request, course, now) : null;
        String openedUnder = course.labelProfile;
        if (t == Transition.DECLARE_ELIGIBLE) {
            pinning.forEligibilityDecision(course, now).ifPresent(p -> {
                course.labelProfile = p.id();
                courses.judgedUnder(course);
            });
        }
        GuardContext ctx = new GuardContext(course, now);
        List<TransitionRequest.RuleOverride> applied = applyOverrides(t, request, guards.evaluate(t.refusingGuards(), ctx));
        List<Problem.Refusal> deviations = guards.evaluate(t.afterTheFactGuards(), ctx);

        Optional<SignatureView> signature = t.signatureMeaning()
                .map(m -> signatures.sign(m, role, course.id, SIGNED_COURSE, course.id));
        CourseState before = course.state;
        course.state = t.to();
        course.updatedAt = now;
        if (t.to() == CourseState.INFUSED) {
            course.infusedAt = dayZero.infusedAt(course.id).orElse(now);
            course.infusedDoseE6 = infusedDose.millions(course.id);
        }
        if (t.to().terminal()) {
            course.closedAt = now;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("transition", t.slug());
        if (diedAt != null) {
            course.diedAt = diedAt;
            details.put("diedAt", diedAt.toString());
        }
        if (t.to() == CourseState.INFUSED) {
            details.put("infusedDoseMillions", course.infusedDoseE6);
        }
        if (!deviations.isEmpty()) {
            details.put("deviations", deviations);
            deviationLog.record(course, t.slug(), deviations, user.name(), role, now);
        }
        if (!applied.isEmpty()) {
            details.put("overrides", applied);
        }
        signature.ifPresent(sig -> details.put("signatureId", sig.id()));
        if (!course.labelProfile.equals(openedUnder)) {
            details.put("labelProfile", Map.of("from", openedUnder, "to", course.labelProfile, "pinnedOn",
                    ProfilePinning.ELIGIBILITY_DECISION));
        }
        Course.flush();
        CourseView view = viewOf(course, now);
        // appended last: the audit chain's lock is then held only for the append and the commit
        audit.append(new AuditEntry(user.name(), role, "transition." + t.slug(), course.patient.id, course.id,
                before.name(), course.state.name(), request.reason(), details));
        return view;
    }

    /**
     * A physician moves an open course, not yet infused, to a newer label profile of the same jurisdiction that is in
     * force today; the move and its reason are audited. Verdicts already recorded stay in the audit as they were.
     */
    @Transactional
    public CourseView moveLabelProfile(long courseId, String ifMatch, LabelProfileMoveRequest r) {
        var text = Texts.of(JourneyText.class);
        return runner.run(JourneyCommands.MOVE_LABEL_PROFILE, text.actionMoveProfile(), courseId, ifMatch, step -> {
            Course course = step.course();
            if (course.state.terminal() || course.state.infusedOrLater()) {
                throw ProblemException.conflict(text.profileFixedAfterInfusion(course.state));
            }
            var from = profiles.get(course.labelProfile);
            var to = profiles.find(r.profile().strip()).orElseThrow(
                    () -> ProblemException.invalid("profile", text.noSuchProfile(r.profile())));
            java.time.LocalDate today = step.now().atZone(course.zone()).toLocalDate();
            boolean newer = to.effectiveFrom() != null && (from.effectiveFrom() == null
                    || to.effectiveFrom().isAfter(from.effectiveFrom()));
            if (!to.jurisdiction().equals(from.jurisdiction()) || !newer || !to.inForceOn(today)) {
                throw ProblemException.invalid("profile", text.profileNotNewerInForce(to.id(), from.id()));
            }
            LabelProfiles.requireActivatable(to);
            course.labelProfile = to.id();
            return new CommandRunner.Outcome("course.label-profile.moved", r.reason().strip(),
                    Map.of("from", from.id(), "to", to.id()));
        }, course -> viewOf(course, clock.instant()));
    }

    /** The time of death: given, not in the future (5 minutes' clock skew allowed), not before the course opened. */
    private static Instant timeOfDeath(TransitionRequest request, Course course, Instant now) {
        var text = Texts.of(JourneyText.class);
        Instant at = request.occurredAt();
        if (at == null) {
            throw ProblemException.invalid("occurredAt", text.timeOfDeathRequired());
        }
        if (at.isAfter(now.plus(Duration.ofMinutes(5)))) {
            throw ProblemException.invalid("occurredAt", text.timeOfDeathInFuture());
        }
        if (at.isBefore(course.createdAt)) {
            throw ProblemException.invalid("occurredAt", text.timeOfDeathBeforeCourse());
        }
        return at;
    }

    @Inject
    LabelProfiles profiles;

    public CourseView viewOf(Course c, Instant now) {
        List<CourseView.NextStep> steps = new ArrayList<>();
        GuardContext ctx = new GuardContext(c, now);
        for (Transition t : Transition.availableFrom(c.state)) {
            List<Problem.Refusal> refusals = guards.evaluate(t.refusingGuards(), pinning.preview(t, ctx));
            steps.add(new CourseView.NextStep(t.slug(), t.to(), t.roles(), user.roleFor(t.roles()) != null,
                    t.reasonRequired(), !refusals.isEmpty(), refusals));
        }
        Patient p = c.patient;
        return new CourseView(c.id, new CourseView.PatientRef(p.id, p.mrn, p.familyName, p.givenName, p.birthDate, p.sex),
                c.state, c.version, c.createdAt, c.updatedAt, c.infusedAt,
                c.infusedAt == null ? null : c.infusedAt.atZone(c.zone()).toOffsetDateTime().toString(),
                c.dayNumber(now), p.hospitalZone, c.infusedDoseE6, c.diedAt, profileRef(c), steps,
                signatures.ofCourse(c.id, SIGNED_COURSE));
    }

    private CourseView.LabelProfileRef profileRef(Course c) {
        var p = profiles.get(c.labelProfile);
        return new CourseView.LabelProfileRef(p.id(), p.jurisdiction(), p.version());
    }

    /**
     * Trial rules may be overridden by a physician with a reason; label rules never. Returns the overrides that
     * lifted a refusal; throws when any refusal remains.
     */
    private List<TransitionRequest.RuleOverride> applyOverrides(Transition t, TransitionRequest request,
            List<Problem.Refusal> refusals) {
        var text = Texts.of(JourneyText.class);
        List<TransitionRequest.RuleOverride> overrides = request.overridesOrEmpty();
        TrialOverrides allowed = new TrialOverrides(catalog, user.has(Role.PHYSICIAN));
        for (int i = 0; i < overrides.size(); i++) {
            allowed.check(overrides.get(i).ruleId(), "overrides[" + i + "].ruleId");
        }
        Map<String, TransitionRequest.RuleOverride> byRule = overrides.stream()
                .collect(Collectors.toMap(TransitionRequest.RuleOverride::ruleId, o -> o, (a, b) -> a));
        List<Problem.Refusal> remaining = refusals.stream()
                .filter(r -> !(r.overridable() && byRule.containsKey(r.ruleId()))).toList();
        if (!remaining.isEmpty()) {
            String ids = remaining.stream().map(Problem.Refusal::ruleId).distinct().collect(Collectors.joining(", "));
            throw ProblemException.refused(text.transitionRefused(t.slug(), ids), remaining);
        }
        return refusals.stream().map(Problem.Refusal::ruleId).distinct().filter(byRule::containsKey).map(byRule::get)
                .toList();
    }
}

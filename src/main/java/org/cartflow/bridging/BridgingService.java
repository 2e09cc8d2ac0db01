package org.cartflow.bridging;

import org.cartflow.kernel.StepChecks;
import org.cartflow.kernel.Courses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cartflow.kernel.JourneyFlags;
import org.cartflow.command.CommandRunner;
import org.cartflow.bridging.BridgingRequests.*;
import org.cartflow.common.CommonText;
import org.cartflow.common.PlausibleDates;
import org.cartflow.common.ProblemException;
import org.cartflow.common.Role;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Course;
import org.cartflow.kernel.CourseState;
import org.cartflow.kernel.GuardContext;
import org.cartflow.kernel.GuardEvaluator;
import org.cartflow.bridging.rules.BridgingDoseGuard;
import org.cartflow.bridging.rules.LdPlanWashoutGuard;

/** Bridging therapy during manufacturing (BRG-1) and the washout before lymphodepletion (BRG-2). */
@ApplicationScoped
public class BridgingService {

    private static final EnumSet<CourseState> BRIDGING = EnumSet.of(CourseState.ELIGIBLE, CourseState.COLLECTION,
            CourseState.MANUFACTURING, CourseState.MANUFACTURING_FAILED, CourseState.PRODUCT_RECEIVED);

    @Inject
    org.cartflow.rules.LabelProfiles profiles;

    @Inject
    Courses courses;

    @Inject
    StepChecks stepChecks;

    @Inject
    CommandRunner runner;

    @Inject
    Clock clock;

    @Inject
    GuardEvaluator guards;


    @Inject
    JourneyFlags flags;

    @Transactional
    public BridgingView addDose(long courseId, String ifMatch, DoseRequest r) {
        var text = Texts.of(BridgingText.class);
        return runner.run(BridgingCommands.RECORD_DOSE, text.actionRecordBridging(), courseId, ifMatch,
                step -> recordDose(step, r), this::view);
    }

    private CommandRunner.Outcome recordDose(CommandRunner.Step step, DoseRequest r) {
        var text = Texts.of(BridgingText.class);
        Course course = step.course();
        requireBridgingState(course, text.whatBridging());
        PlausibleDates.date("startedOn", r.startedOn());
        PlausibleDates.date("lastDoseOn", r.lastDoseOn());
        if (r.lastDoseOn().isBefore(r.startedOn())) {
            throw ProblemException.invalid("lastDoseOn", text.lastDoseBeforeStart());
        }
        String classOverride = blankToNull(r.classOverrideReason());
        String washoutOverride = blankToNull(r.washoutOverrideReason());
        if (classOverride != null && r.drugClass().namedByLabel()) {
            throw ProblemException.invalid("classOverrideReason", text.classOverrideOnlyForOther());
        }
        LdPlan plan = LdPlan.current(course.id).orElse(null);
        var facts = new BridgingDoseGuard.Facts(r.drug(), r.drugClass().namedByLabel(), classOverride != null,
                r.lastDoseOn(), plan == null ? null : plan.plannedDay1, washoutOverride != null, washoutDays(course));
        if (washoutOverride != null && !facts.shortWashout()) {
            throw ProblemException.invalid("washoutOverrideReason",
                    text.washoutOverrideOnlyForShortWashout());
        }
        if (classOverride != null) {
            step.overrides().apply("BRG-1", classOverride, "classOverrideReason");
        }
        if (washoutOverride != null) {
            step.overrides().apply("BRG-2", washoutOverride, "washoutOverrideReason");
        }
        guards.require(BridgingCommands.RECORD_DOSE, BridgingDoseGuard.class, facts);
        BridgingDose d = new BridgingDose();
        d.courseId = course.id;
        d.drug = r.drug();
        d.drugClass = r.drugClass();
        d.dose = r.dose();
        d.startedOn = r.startedOn();
        d.lastDoseOn = r.lastDoseOn();
        d.classOverrideReason = classOverride;
        d.washoutOverrideReason = washoutOverride;
        d.overrideBy = classOverride != null || washoutOverride != null ? step.user() : null;
        d.recordedBy = step.user();
        d.recordedAt = step.now();
        d.persist();
        return new CommandRunner.Outcome("bridging.dose.recorded",
                classOverride != null ? classOverride : washoutOverride, Map.of("dose", r));
    }

    @Transactional
    public BridgingView planLd(long courseId, String ifMatch, LdPlanRequest r) {
        var text = Texts.of(BridgingText.class);
        return runner.run(BridgingCommands.PLAN_LD, text.actionPlanLd(), courseId, ifMatch, step -> recordLdPlan(step, r),
                this::view);
    }

    private CommandRunner.Outcome recordLdPlan(CommandRunner.Step step, LdPlanRequest r) {
        var text = Texts.of(BridgingText.class);
        Course course = step.course();
        requireBridgingState(course, text.whatLdPlan());
        LocalDate today = step.now().atZone(course.zone()).toLocalDate();
        PlausibleDates.date("plannedLdDay1", r.plannedLdDay1());
        if (r.plannedLdDay1().isBefore(today)) {
            throw ProblemException.invalid("plannedLdDay1", Texts.of(CommonText.class).isInThePast());
        }
        String override = blankToNull(r.washoutOverrideReason());
        LocalDate earliest = BridgingDose.earliestLdStart(course.id, washoutDays(course)).orElse(null);
        var facts = new LdPlanWashoutGuard.Facts(r.plannedLdDay1(), earliest, override != null);
        if (override != null && !facts.shortWashout()) {
            throw ProblemException.invalid("washoutOverrideReason", text.washoutOverrideOnlyBeforeWashoutEnd());
        }
        if (override != null) {
            step.overrides().apply("BRG-2", override, "washoutOverrideReason");
        }
        guards.require(BridgingCommands.PLAN_LD, LdPlanWashoutGuard.class, facts);
        LdPlan p = new LdPlan();
        p.courseId = course.id;
        p.plannedDay1 = r.plannedLdDay1();
        p.washoutOverrideReason = override;
        p.overrideBy = override == null ? null : step.user();
        p.recordedBy = step.user();
        p.recordedAt = step.now();
        p.persist();
        return new CommandRunner.Outcome("bridging.ld-plan.recorded", override,
                Map.of("plannedLdDay1", r.plannedLdDay1()));
    }

    @Transactional
    public BridgingView view(long courseId) {
        return view(courses.load(courseId));
    }

    private static void requireBridgingState(Course course, String what) {
        if (!BRIDGING.contains(course.state)) {
            throw ProblemException.conflict(Texts.of(CommonText.class).recordableWhile(what,
                    String.join(", ", BRIDGING.stream().map(Enum::name).toList()), course.state));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private int washoutDays(Course course) {
        return BridgingDose.washoutDays(profiles.get(course.labelProfile));
    }

    private BridgingView view(Course course) {
        long id = course.id;
        List<BridgingDose> doses = BridgingDose.ofCourse(id);
        LdPlan plan = LdPlan.current(id).orElse(null);
        LocalDate last = doses.stream().map(d -> d.lastDoseOn).max(LocalDate::compareTo).orElse(null);
        LocalDate earliest = last == null ? null : last.plusDays(washoutDays(course));
        boolean complete = plan == null || earliest == null || !earliest.isAfter(plan.plannedDay1);
        GuardContext ctx = new GuardContext(course, clock.instant());
        List<BridgingView.Check> checks = new ArrayList<>();
        for (var c : stepChecks.of("start-lymphodepletion", ctx)) {
            checks.add(new BridgingView.Check(c.step(), c.guard(), c.ruleIds(), c.passes(), c.refusals()));
        }
        return new BridgingView(id, course.version, doses, plan, last, earliest, complete, flags.of(id), checks);
    }
}

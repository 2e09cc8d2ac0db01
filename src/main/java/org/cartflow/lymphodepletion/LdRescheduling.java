package org.cartflow.lymphodepletion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.cartflow.audit.AuditEntry;
import org.cartflow.command.CommandRunner;
import org.cartflow.common.CommonText;
import org.cartflow.common.CurrentUser;
import org.cartflow.common.Problem;
import org.cartflow.common.ProblemException;
import org.cartflow.common.Role;
import org.cartflow.common.Texts;
import org.cartflow.kernel.Course;
import org.cartflow.kernel.CourseState;
import org.cartflow.lymphodepletion.LdRequests.PlanMoveRequest;
import org.cartflow.kernel.GuardEvaluator;
import org.cartflow.lymphodepletion.rules.ConsecutiveLdDaysGuard;
import org.cartflow.lymphodepletion.rules.MeasurementsCurrentGuard;

/**
 * A missed or delayed LD day moves the plan with a recorded reason (LD-1): the day and the days after it move
 * later together, day 0 follows (LD end + 3 days), and the doses and their verification stay as they were.
 */
@ApplicationScoped
public class LdRescheduling {

    private static final EnumSet<CourseState> BEFORE_INFUSION_READY = EnumSet.of(CourseState.ELIGIBLE,
            CourseState.COLLECTION, CourseState.MANUFACTURING, CourseState.MANUFACTURING_FAILED,
            CourseState.PRODUCT_RECEIVED, CourseState.LYMPHODEPLETION);

    @Inject
    CurrentUser user;
    @Inject
    CommandRunner runner;
    @Inject
    GuardEvaluator guards;
    @Inject
    RenalPolicy policy;
    @Inject
    LymphodepletionService ld;

    @Transactional
    public LymphodepletionView move(long courseId, long orderId, String ifMatch, PlanMoveRequest r) {
        return runner.run(LdCommands.MOVE_PLAN, Texts.of(LymphodepletionText.class).actionMovePlan(), courseId,
                ifMatch, step -> move(step, orderId, r), ld::view);
    }

    private CommandRunner.Outcome move(CommandRunner.Step step, long orderId, PlanMoveRequest r) {
        var text = Texts.of(LymphodepletionText.class);
        int from = r.fromLdDay();
        List<Problem.Refusal> gap = guards.check(LdCommands.MOVE_PLAN, ConsecutiveLdDaysGuard.class,
                new ConsecutiveLdDaysGuard.Facts(from, user.has(Role.PHYSICIAN)));
        if (!gap.isEmpty()) {
            // who may decide, so 403, with the rule it is about
            throw new ProblemException(403, "forbidden", Texts.of(CommonText.class).titleForbidden(),
                    text.moveLeavesGap(from, from - 1), null, gap);
        }
        Course course = step.course();
        long courseId = course.id;
        if (!BEFORE_INFUSION_READY.contains(course.state)) {
            throw ProblemException.conflict(text.planMovesOnlyBeforeLdGiven(course.state));
        }
        LdOrder o = LdOrder.<LdOrder>find("id = ?1 and courseId = ?2", orderId, courseId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(text.ldOrder(), orderId));
        if (o.status != LdOrder.Status.PRESCRIBED && o.status != LdOrder.Status.VERIFIED) {
            throw ProblemException.conflict(text.onlyOpenOrderPlanMoves(orderId, o.status));
        }
        List<LdAdministration> given = LdAdministration.ofOrder(o.id);
        if (given.stream().anyMatch(g -> g.ldDay >= from)) {
            throw ProblemException.conflict(text.dosesFromDayAlreadyRecorded(from));
        }
        LocalDate today = step.now().atZone(course.zone()).toLocalDate();
        LocalDate previous = o.dateOf(from);
        if (!r.newDate().isAfter(previous)) {
            throw ProblemException.invalid("newDate", text.moveOnlyLater(from, previous));
        }
        if (r.newDate().isBefore(today)) {
            throw ProblemException.invalid("newDate", text.inThePastToday(today));
        }
        if (from == 1) {
            LdAssessment a = LdAssessment.findById(o.assessmentId);
            guards.require(LdCommands.MOVE_PLAN, MeasurementsCurrentGuard.class, new MeasurementsCurrentGuard.Facts(
                    a.oldestMeasurement(), policy.measurementWindowDays(), r.newDate(), true));
        }
        LocalDate previousInfusion = o.plannedInfusionOn;
        o.moveFrom(from, r.newDate());
        LdPlanMove m = new LdPlanMove();
        m.courseId = courseId;
        m.orderId = o.id;
        m.fromLdDay = from;
        m.previousDate = previous;
        m.newDate = r.newDate();
        m.previousInfusionOn = previousInfusion;
        m.newInfusionOn = o.plannedInfusionOn;
        m.reason = r.reason().trim();
        m.movedBy = step.user();
        m.movedRole = step.role();
        m.movedAt = step.now();
        m.persist();
        return new CommandRunner.Outcome("lymphodepletion.plan.moved",
                m.reason, AuditEntry.details("orderId", o.id, "fromLdDay", from, "previousDate", previous, "newDate",
                        r.newDate(), "ldDays", o.ldDays(), "plannedInfusionOn", o.plannedInfusionOn, "ruleId",
                        "LD-1"));
    }
}

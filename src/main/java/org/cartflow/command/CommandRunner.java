package org.cartflow.command;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.cartflow.audit.AuditEntry;
import org.cartflow.audit.AuditTrail;
import org.cartflow.common.CurrentUser;
import org.cartflow.common.Role;
import org.cartflow.kernel.Command;
import org.cartflow.kernel.Course;
import org.cartflow.kernel.Courses;
import org.cartflow.rules.RuleCatalog;

/**
 * Runs a declared stage command the one way every command is run: the caller's role against the command's declared
 * roles, the course's version against If-Match, then the stage's handler (its own checks, the command's guards over
 * the facts it loaded, the records it writes), a flush, the response view, and last the typed audit event (appended
 * last so the audit chain's lock is held only for the append and the commit). Called inside the caller's transaction.
 */
@ApplicationScoped
public class CommandRunner {

    /**
     * What the handler works with: the course being edited, the role the caller acts in, who, when, and the trial
     * rules a physician overrides in this step (recorded in its audit event by the runner).
     */
    public record Step(Course course, String role, String user, Instant now, TrialOverrides overrides) {
    }

    /** What the handler did, for the audit event: its action, the reason given (or null) and its details. */
    public record Outcome(String action, String reason, Map<String, ?> details) {
    }

    @FunctionalInterface
    public interface Handler {
        Outcome handle(Step step);
    }

    /**
     * A check made once the role is known but before the course is taken for editing: for a refusal that must leave
     * a record of its own in another transaction (a bedside identity mismatch kept as an incident), which must not
     * wait on the row this command is about to lock.
     */
    @FunctionalInterface
    public interface BeforeEdit {
        void check(String role, String user);
    }

    @Inject
    CurrentUser user;

    @Inject
    Courses courses;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    RuleCatalog catalog;

    /**
     * @param action what the command does, in the caller's language, for the refusal when the role may not
     */
    public <V> V run(Command command, String action, long courseId, String ifMatch, Handler handler,
            Function<Course, V> view) {
        return run(command, action, courseId, ifMatch, (role, who) -> {
        }, handler, view);
    }

    /** The same, with a check between the role and the edit (see {@link BeforeEdit}). */
    public <V> V run(Command command, String action, long courseId, String ifMatch, BeforeEdit beforeEdit,
            Handler handler, Function<Course, V> view) {
        if (command.roles().isEmpty()) {
            throw new IllegalStateException("command " + command.slug() + " declares no roles");
        }
        String role = user.requireRole(command.roles(), action);
        beforeEdit.check(role, user.name());
        Course course = courses.beginEdit(courseId, ifMatch);
        TrialOverrides overrides = new TrialOverrides(catalog, user.has(Role.PHYSICIAN));
        Outcome outcome = handler.handle(new Step(course, role, user.name(), clock.instant(), overrides));
        Course.getEntityManager().flush();
        V out = view.apply(course);
        Map<String, Object> details = new LinkedHashMap<>(outcome.details());
        if (!overrides.applied().isEmpty()) {
            details.put("overrides", overrides.applied());
        }
        audit.append(AuditEntry.record(user.name(), role, outcome.action(), course.patient.id, course.id,
                outcome.reason(), details));
        return out;
    }
}

package org.cartflow.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.cartflow.common.CurrentUser;
import org.cartflow.common.HospitalTime;
import org.cartflow.common.ProblemException;
import org.cartflow.common.Texts;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When a bedside or monitoring record happened ({@code performedAt}) as opposed to when it was typed in. Timing rules
 * judge the moment it happened; the moment of entry stays in the audit trail. The site sets how far back an entry may
 * go, how far ahead a device clock may be, and after what delay an entry counts as late and needs a reason.
 */
@ApplicationScoped
public class EntryTimes {

    @Inject
    Clock clock;
    @Inject
    CurrentUser user;
    @ConfigProperty(name = "cartflow.entry.past-window", defaultValue = "PT24H")
    Duration pastWindow;
    @ConfigProperty(name = "cartflow.entry.future-tolerance", defaultValue = "PT5M")
    Duration futureTolerance;
    @ConfigProperty(name = "cartflow.entry.late-after", defaultValue = "PT15M")
    Duration lateAfter;

    /** The moment a record happened and the moment it is entered; {@code lateReason} is set when it is late. */
    public record Timed(Instant performedAt, Instant recordedAt, String lateReason) {
        public boolean late() {
            return lateReason != null;
        }

        public long delayMinutes() {
            return Duration.between(performedAt, recordedAt).toMinutes();
        }
    }

    /**
     * Resolves {@code performedAt} (null: now). Refused with 422 on {@code field} when it lies beyond the future
     * tolerance or before the past window, and on {@code lateEntryReason} when it is late and no reason is given.
     */
    public Timed resolve(Instant performedAt, String lateEntryReason, String field, ZoneId zone) {
        var text = Texts.of(KernelText.class);
        Instant now = clock.instant();
        Instant at = performedAt == null ? now : performedAt;
        if (at.isAfter(now.plus(futureTolerance))) {
            throw ProblemException.invalid(field, text.entryInTheFuture(HospitalTime.of(at, zone),
                    futureTolerance.toMinutes()));
        }
        if (at.isBefore(now.minus(pastWindow))) {
            throw ProblemException.invalid(field, text.entryTooOld(HospitalTime.of(at, zone),
                    pastWindow.toHours()));
        }
        if (Duration.between(at, now).compareTo(lateAfter) <= 0) {
            return new Timed(at, now, null);
        }
        String reason = lateEntryReason == null ? null : lateEntryReason.strip();
        if (reason == null || reason.isEmpty()) {
            throw ProblemException.invalid("lateEntryReason", text.lateEntryNeedsReason(
                    HospitalTime.of(at, zone), Duration.between(at, now).toMinutes(), lateAfter.toMinutes()));
        }
        return new Timed(at, now, reason);
    }

    /** Keeps a late entry for the journey's flags; an entry on time leaves nothing here. */
    public void keepIfLate(long courseId, String kind, Long recordRef, Timed t, String role) {
        if (!t.late()) {
            return;
        }
        LateEntry e = new LateEntry();
        e.courseId = courseId;
        e.recordKind = kind;
        e.recordRef = recordRef;
        e.performedAt = t.performedAt();
        e.recordedAt = t.recordedAt();
        e.delayMinutes = t.delayMinutes();
        e.reason = t.lateReason();
        e.recordedBy = user.name();
        e.recordedRole = role;
        e.persist();
    }
}

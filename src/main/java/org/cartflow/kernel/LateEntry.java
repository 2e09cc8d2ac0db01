package org.cartflow.kernel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A bedside or monitoring record entered later than the site's delay after it happened, and why. */
@Entity
@Table(name = "late_entry")
public class LateEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "course_id", nullable = false)
    public Long courseId;
    /** What was recorded late, e.g. {@code bedside.infusion-end} or {@code monitoring.assessment}. */
    @Column(name = "record_kind", nullable = false)
    public String recordKind;
    /** The bag or the record the entry belongs to. */
    @Column(name = "record_ref")
    public Long recordRef;
    @Column(name = "performed_at", nullable = false)
    public Instant performedAt;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
    @Column(name = "delay_minutes", nullable = false)
    public long delayMinutes;
    @Column(nullable = false)
    public String reason;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_role", nullable = false)
    public String recordedRole;

    public static List<LateEntry> ofCourse(long courseId) {
        return list("courseId = ?1 order by performedAt, id", courseId);
    }

    /** The late entries of one stage: record kinds starting with {@code prefix} ("infusion.", "monitoring."). */
    public static List<View> ofStage(long courseId, String prefix) {
        return LateEntry.<LateEntry>list("courseId = ?1 and recordKind like ?2 order by performedAt, id", courseId,
                prefix + "%").stream().map(View::of).toList();
    }

    /** A late entry as the API shows it: what, when it happened, when it was entered, how late, why and by whom. */
    public record View(String recordKind, Long recordRef, Instant performedAt, Instant recordedAt, long delayMinutes,
            String reason, String recordedBy) {
        static View of(LateEntry e) {
            return new View(e.recordKind, e.recordRef, e.performedAt, e.recordedAt, e.delayMinutes, e.reason,
                    e.recordedBy);
        }
    }
}

package org.cartflow.infusion;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A bedside rule found broken when the infusion was recorded: kept open until a physician reviews it. */
@Entity
@Table(name = "infusion_deviation")
public class InfusionDeviation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "course_id", nullable = false)
    public Long courseId;
    @Column(nullable = false)
    public String step;
    @Column(name = "rule_id", nullable = false)
    public String ruleId;
    @Column(nullable = false)
    public String guard;
    @Column(nullable = false)
    public String message;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_role", nullable = false)
    public String recordedRole;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
    @Column(name = "reviewed_by")
    public String reviewedBy;
    @Column(name = "reviewed_at")
    public Instant reviewedAt;
    @Column(name = "review_note")
    public String reviewNote;

    public boolean open() {
        return reviewedAt == null;
    }

    public static List<InfusionDeviation> ofCourse(long courseId) {
        return list("courseId = ?1 order by id", courseId);
    }
}

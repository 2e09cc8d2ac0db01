package org.cartflow.bridging;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** The coordinator's planned first day of lymphodepleting chemotherapy; the newest plan is current. */
@Entity
@Table(name = "ld_plan")
public class LdPlan extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "course_id", nullable = false)
    public Long courseId;

    @Column(name = "planned_day1", nullable = false)
    public LocalDate plannedDay1;

    @Column(name = "washout_override_reason")
    public String washoutOverrideReason;

    @Column(name = "override_by")
    public String overrideBy;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public static Optional<LdPlan> current(long courseId) {
        return find("courseId = ?1 order by id desc", courseId).firstResultOptional();
    }
}

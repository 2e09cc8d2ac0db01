package org.cartflow.monitoring;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A day since day 0 without a CRS/ICANS assessment, explained by a physician (MON-1, MON-3, MON-4). */
@Entity
@Table(name = "missed_assessment_day")
public class MissedAssessmentDay extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "course_id", nullable = false)
    public Long courseId;
    @Column(name = "day_number", nullable = false)
    public int dayNumber;
    @Column(nullable = false)
    public String reason;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_role", nullable = false)
    public String recordedRole;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public static List<MissedAssessmentDay> ofCourse(long courseId) {
        return list("courseId = ?1 order by dayNumber", courseId);
    }
}

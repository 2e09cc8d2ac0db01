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

/** An identity mismatch at the bedside (INF-4, INF-9): the step was refused and the incident kept for review. */
@Entity
@Table(name = "infusion_incident")
public class InfusionIncident extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "course_id", nullable = false)
    public Long courseId;
    @Column(name = "bag_id", nullable = false)
    public Long bagId;
    @Column(name = "rule_id", nullable = false)
    public String ruleId;
    @Column(nullable = false)
    public String step;
    @Column(nullable = false)
    public String mismatches;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_role", nullable = false)
    public String recordedRole;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public static List<InfusionIncident> ofCourse(long courseId) {
        return list("courseId = ?1 order by id", courseId);
    }
}

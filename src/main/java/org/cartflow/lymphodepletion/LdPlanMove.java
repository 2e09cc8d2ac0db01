package org.cartflow.lymphodepletion;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A missed or delayed LD day: the plan moved from one LD day on, and why. */
@Entity
@Table(name = "ld_plan_move")
public class LdPlanMove extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "course_id", nullable = false)
    public Long courseId;
    @Column(name = "order_id", nullable = false)
    public Long orderId;
    @Column(name = "from_ld_day", nullable = false)
    public int fromLdDay;
    @Column(name = "previous_date", nullable = false)
    public LocalDate previousDate;
    @Column(name = "new_date", nullable = false)
    public LocalDate newDate;
    @Column(name = "previous_infusion_on", nullable = false)
    public LocalDate previousInfusionOn;
    @Column(name = "new_infusion_on", nullable = false)
    public LocalDate newInfusionOn;
    @Column(nullable = false)
    public String reason;
    @Column(name = "moved_by", nullable = false)
    public String movedBy;
    @Column(name = "moved_role", nullable = false)
    public String movedRole;
    @Column(name = "moved_at", nullable = false)
    public Instant movedAt;

    public static List<LdPlanMove> ofCourse(long courseId) {
        return list("courseId = ?1 order by id", courseId);
    }
}

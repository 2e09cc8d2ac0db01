package org.cartflow.infusion;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.cartflow.lymphodepletion.LdOrder;

/** A physician's decision to give the infusion later than the planned day 0 (DELAY-1/2), with its cause and reason. */
@Entity
@Table(name = "infusion_delay")
public class InfusionDelay extends PanacheEntityBase {

    /** Why the infusion waits: the label's two causes, or another one the physician names in the reason. */
    public enum Cause {
        /** DELAY-1: persistent serious adverse events (pulmonary, cardiac, hypotension ...), until recovery. */
        SERIOUS_ADVERSE_EVENT("DELAY-1"),
        /** DELAY-2: an active infection or inflammatory disease, until recovery. */
        INFECTION_OR_INFLAMMATION("DELAY-2"),
        /** Anything else (a bed, the product's arrival ...), named in the reason. */
        OTHER(null);

        private final String ruleId;

        Cause(String ruleId) {
            this.ruleId = ruleId;
        }

        public String ruleId() {
            return ruleId;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "course_id", nullable = false)
    public Long courseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Cause cause;
    @Column(nullable = false)
    public String reason;
    @Column(name = "planned_day_zero", nullable = false)
    public LocalDate plannedDayZero;
    @Column(name = "expected_on")
    public LocalDate expectedOn;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_role", nullable = false)
    public String recordedRole;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public static List<InfusionDelay> ofCourse(long courseId) {
        return list("courseId = ?1 order by recordedAt, id", courseId);
    }

    /** How many days past the verified LD order's planned day 0 {@code today} is, and whether a delay is recorded. */
    public record Lateness(LocalDate plannedDayZero, long days, boolean delayRecorded) {
    }

    /** Empty when there is no verified LD order or today is not after its planned day 0. */
    public static Optional<Lateness> lateness(long courseId, LocalDate today) {
        return LdOrder.verified(courseId).map(o -> o.plannedInfusionOn).filter(today::isAfter)
                .map(day0 -> new Lateness(day0, ChronoUnit.DAYS.between(day0, today),
                        count("courseId = ?1", courseId) > 0));
    }
}

package org.cartflow.lymphodepletion;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One LD dose given by a nurse: drug, LD day (1..3 = days -5..-3), dose, times and lot. */
@Entity
@Table(name = "ld_administration")
public class LdAdministration extends PanacheEntityBase {

    public enum Drug { FLUDARABINE, CYCLOPHOSPHAMIDE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "course_id", nullable = false)
    public Long courseId;
    @Column(name = "order_id", nullable = false)
    public Long orderId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Drug drug;
    @Column(name = "ld_day", nullable = false)
    public int ldDay;
    @Column(name = "dose_mg", nullable = false)
    public BigDecimal doseMg;
    @Column(name = "started_at", nullable = false)
    public Instant startedAt;
    @Column(name = "ended_at", nullable = false)
    public Instant endedAt;
    @Column(nullable = false)
    public String lot;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
    /** Why this dose was given less than the site's minimum hours after the previous dose of the drug (LD-1). */
    @Column(name = "spacing_deviation_reason")
    public String spacingDeviationReason;
    /** LD-1: why a dose given was given on another date than the order scheduled; null when on schedule. */
    @Column(name = "schedule_deviation_reason")
    public String scheduleDeviationReason;

    public static List<LdAdministration> ofOrder(long orderId) {
        return list("orderId = ?1 order by ldDay, drug", orderId);
    }
}

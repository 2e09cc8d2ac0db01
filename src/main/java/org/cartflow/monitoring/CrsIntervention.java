package org.cartflow.monitoring;

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
import java.util.Optional;
import org.cartflow.monitoring.MonitoringEnums.Drug;

/** CRS-ALG / NEURO-ALG: a dose of tocilizumab, corticosteroid, anakinra or siltuximab given to the patient. */
@Entity
@Table(name = "crs_intervention")
public class CrsIntervention extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "course_id", nullable = false)
    public Long courseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Drug drug;
    @Column(name = "given_at", nullable = false)
    public Instant givenAt;
    @Column(name = "dose_mg", nullable = false)
    public BigDecimal doseMg;
    @Column(name = "weight_kg")
    public BigDecimal weightKg;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public static List<CrsIntervention> ofCourse(long courseId) {
        return list("courseId = ?1 order by givenAt, id", courseId);
    }

    public static Optional<CrsIntervention> lastOf(long courseId, Drug drug) {
        return find("courseId = ?1 and drug = ?2 order by givenAt desc", courseId, drug).firstResultOptional();
    }

    /** Fever no longer marks CRS once tocilizumab or a steroid has been given (ASTCT 2019). */
    public static boolean feverMaskedAt(long courseId, Instant at) {
        return count("courseId = ?1 and drug in (?2) and givenAt <= ?3", courseId,
                List.of(Drug.TOCILIZUMAB, Drug.CORTICOSTEROID), at) > 0;
    }
}

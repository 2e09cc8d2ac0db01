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
    /** Why a tocilizumab dose was given under 8 h after the previous one (CRS-ALG deviation), else null. */
    @Column(name = "spacing_deviation_reason")
    public String spacingDeviationReason;
    /** The dose was documented while the patient's stock showed none on hand (a pharmacy alert). */
    @Column(name = "given_without_stock", nullable = false)
    public boolean givenWithoutStock;
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

    /**
     * ASTCT 2019: "in patients who have CRS then receive antipyretic or anticytokine therapy such as tocilizumab or
     * steroids, fever is no longer required to grade subsequent CRS severity". CRS is established by an earlier
     * assessment graded CRS 1 or more, or by a tocilizumab dose (given only for CRS); a steroid or antipyretic given
     * before that (a steroid for ICANS alone) masks nothing.
     */
    public static boolean feverMaskedAt(long courseId, Instant at) {
        Instant crsSince = MonitoringAssessment.firstCrsBefore(courseId, at).orElse(null);
        Instant firstTocilizumab = find("courseId = ?1 and drug = ?2 and givenAt <= ?3 order by givenAt", courseId,
                Drug.TOCILIZUMAB, at).<CrsIntervention>firstResultOptional().map(i -> i.givenAt).orElse(null);
        if (firstTocilizumab != null && (crsSince == null || firstTocilizumab.isBefore(crsSince))) {
            crsSince = firstTocilizumab;
        }
        if (crsSince == null) {
            return false;
        }
        return count("courseId = ?1 and givenAt >= ?2 and givenAt <= ?3", courseId, crsSince, at) > 0;
    }
}

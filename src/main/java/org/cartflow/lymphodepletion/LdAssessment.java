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
import java.time.LocalDate;
import java.util.List;
import org.cartflow.common.SeriousAdverseEvents;
import java.util.Optional;
import org.cartflow.lymphodepletion.LdCalculator.CreatinineUnit;

/** Pre-LD assessment (LD-2, DELAY-1, DELAY-2): measurements with their dates and the yes/no findings. */
@Entity
@Table(name = "ld_assessment")
public class LdAssessment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "course_id", nullable = false)
    public Long courseId;
    @Column(name = "height_cm", nullable = false)
    public BigDecimal heightCm;
    @Column(name = "height_measured_on", nullable = false)
    public LocalDate heightMeasuredOn;
    @Column(name = "weight_kg", nullable = false)
    public BigDecimal weightKg;
    @Column(name = "weight_measured_on", nullable = false)
    public LocalDate weightMeasuredOn;
    @Column(name = "creatinine_value", nullable = false)
    public BigDecimal creatinineValue;
    @Enumerated(EnumType.STRING)
    @Column(name = "creatinine_unit", nullable = false)
    public CreatinineUnit creatinineUnit;
    @Column(name = "creatinine_measured_on", nullable = false)
    public LocalDate creatinineMeasuredOn;
    /** The lab system's result the creatinine was taken from (issue 22); null when it was entered by hand. */
    @Column(name = "creatinine_source")
    public String creatinineSource;
    /** 10^9/L, canonical (Analyte.ANC). */
    public BigDecimal anc;
    /** 10^9/L, canonical (Analyte.PLATELETS). */
    public BigDecimal platelets;
    /** g/dL, canonical (Analyte.HEMOGLOBIN). */
    public BigDecimal hemoglobin;
    /** The unit-bearing values as the laboratory reported them. */
    @Column(name = "as_entered")
    public String asEntered;
    @Column(name = "counts_measured_on")
    public LocalDate countsMeasuredOn;
    @Column(name = "active_infection", nullable = false)
    public boolean activeInfection;
    @Column(name = "inflammatory_disease", nullable = false)
    public boolean inflammatoryDisease;
    @Column(name = "sae_pulmonary", nullable = false)
    public boolean saePulmonary;
    @Column(name = "sae_cardiac", nullable = false)
    public boolean saeCardiac;
    @Column(name = "sae_hypotension", nullable = false)
    public boolean saeHypotension;
    @Column(name = "sae_other")
    public String saeOther;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** DELAY-1 findings: persistent serious adverse events. */
    public List<String> seriousAdverseEvents() {
        return SeriousAdverseEvents.named(saePulmonary, saeCardiac, saeHypotension, saeOther);
    }

    /** The oldest of the dosing measurements: the one the freshness window applies to. */
    public LocalDate oldestMeasurement() {
        LocalDate d = heightMeasuredOn;
        if (weightMeasuredOn.isBefore(d)) {
            d = weightMeasuredOn;
        }
        return creatinineMeasuredOn.isBefore(d) ? creatinineMeasuredOn : d;
    }

    public static Optional<LdAssessment> latest(long courseId) {
        return find("courseId = ?1 order by id desc", courseId).firstResultOptional();
    }
}

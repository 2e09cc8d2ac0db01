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

/** MON-5..8: blood counts (with CTCAE grades), CRP/ferritin, tumour-lysis labs, IgG, infections, HBV/HCV. */
@Entity
@Table(name = "lab_panel")
public class LabPanel extends PanacheEntityBase {

    public enum Infection {
        NONE, SUSPECTED, CONFIRMED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "course_id", nullable = false)
    public Long courseId;
    @Column(name = "collected_at", nullable = false)
    public Instant collectedAt;
    @Column(name = "day_number", nullable = false)
    public int dayNumber;
    public BigDecimal anc;
    public BigDecimal platelets;
    public BigDecimal hemoglobin;
    @Column(name = "neutrophil_grade")
    public Integer neutrophilGrade;
    @Column(name = "platelet_grade")
    public Integer plateletGrade;
    @Column(name = "anaemia_grade")
    public Integer anaemiaGrade;
    @Column(name = "ctcae_version", nullable = false)
    public String ctcaeVersion;
    public BigDecimal crp;
    public BigDecimal ferritin;
    public BigDecimal potassium;
    public BigDecimal phosphate;
    public BigDecimal calcium;
    @Column(name = "uric_acid")
    public BigDecimal uricAcid;
    public BigDecimal creatinine;
    /** The unit-bearing values as the laboratory reported them, e.g. "anc=800 /uL; platelets=5.2 10*4/uL". */
    @Column(name = "as_entered")
    public String asEntered;
    public BigDecimal igg;
    @Enumerated(EnumType.STRING)
    public Infection infection;
    @Column(name = "infection_detail")
    public String infectionDetail;
    @Column(name = "hbv_dna")
    public String hbvDna;
    @Column(name = "hcv_rna")
    public String hcvRna;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public static List<LabPanel> ofCourse(long courseId) {
        return list("courseId = ?1 order by collectedAt, id", courseId);
    }
}

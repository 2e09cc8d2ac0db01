package org.cartflow.labs;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cartflow.common.LabValue;

/**
 * A laboratory result the lab system sent (issue 22 item 2): the canonical value CartFlow uses beside exactly what
 * the laboratory reported and which system sent it. Analyte names are the lab fields of the pre-LD assessment and
 * the post-infusion panel ("creatinine", "anc", "platelets", "hemoglobin", "potassium", "crp", "ferritin",
 * "uricAcid", "igg", "hbvDna").
 */
@Entity
@Table(name = "lab_result_import")
public class ImportedLabResult extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "course_id", nullable = false)
    public Long courseId;
    @Column(nullable = false)
    public String analyte;
    @Column(nullable = false)
    public String loinc;
    @Column(name = "value_canonical")
    public BigDecimal valueCanonical;
    @Column(name = "unit_canonical")
    public String unitCanonical;
    /** A result reported as text (HBV DNA "not detected"), or a quantity written out for a text field. */
    @Column(name = "value_text")
    public String valueText;
    @Column(name = "original_value")
    public BigDecimal originalValue;
    @Column(name = "original_unit")
    public String originalUnit;
    /** When the specimen was collected (Observation.effectiveDateTime). */
    @Column(name = "effective_at", nullable = false)
    public Instant effectiveAt;
    @Column(name = "source_system", nullable = false)
    public String sourceSystem;
    /** The sending system's identifier of the result (system|value), if it sent one. */
    @Column(name = "source_id")
    public String sourceId;
    /** The post-infusion panel the result became part of; null for a result that feeds the pre-LD assessment. */
    @Column(name = "lab_panel_id")
    public Long labPanelId;
    @Column(name = "imported_by", nullable = false)
    public String importedBy;
    @Column(name = "imported_at", nullable = false)
    public Instant importedAt;

    /** The value as the laboratory reported it, or null for a text result. */
    public LabValue asReported() {
        return originalValue == null ? null : new LabValue(originalValue, originalUnit);
    }

    /** "system id" of the result, for what the record shows as its source. */
    public String provenance() {
        return "lab result #" + id + " from " + sourceSystem + (sourceId == null ? "" : " (" + sourceId + ")");
    }

    /** The newest result of an analyte received for a course (by collection time). */
    public static Optional<ImportedLabResult> newest(long courseId, String analyte) {
        return find("courseId = ?1 and analyte = ?2 order by effectiveAt desc, id desc", courseId, analyte)
                .firstResultOptional();
    }

    public static List<ImportedLabResult> ofCourse(long courseId) {
        return list("courseId = ?1 order by effectiveAt, id", courseId);
    }
}

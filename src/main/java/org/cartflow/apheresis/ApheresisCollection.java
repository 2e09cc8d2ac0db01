package org.cartflow.apheresis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A leukapheresis (APH-2) and the chain of identity it assigns (AUTOLOGOUS-1). */
@Entity
@Table(name = "apheresis_collection")
public class ApheresisCollection extends ApheresisRecord {

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "ended_at", nullable = false)
    public Instant endedAt;

    @Column(name = "volume_ml", nullable = false)
    public int volumeMl;

    @Column(name = "total_nucleated_cells_e9", nullable = false)
    public BigDecimal totalNucleatedCellsE9;

    @Column(name = "cd3_cells_e9", nullable = false)
    public BigDecimal cd3CellsE9;

    @Column(name = "gcsf_before", nullable = false)
    public boolean gcsfBefore;

    @Column(name = "plerixafor_before", nullable = false)
    public boolean plerixaforBefore;

    /** Written only before APH-2 lost its override (issue 18); kept for the history of old rows, never read. */
    @Column(name = "mobilization_override_reason")
    public String mobilizationOverrideReason;

    @Column(name = "mobilization_override_by")
    public String mobilizationOverrideBy;

    @Column(name = "coi_id", nullable = false)
    public String coiId;

    @Column(nullable = false)
    public String din;

    @Column(name = "din_check", nullable = false)
    public String dinCheck;

    public boolean mobilized() {
        return gcsfBefore || plerixaforBefore;
    }

    public static Optional<ApheresisCollection> latest(long courseId) {
        return find("courseId = ?1 order by id desc", courseId).firstResultOptional();
    }

    public static List<ApheresisCollection> ofCourse(long courseId) {
        return list("courseId = ?1 order by id", courseId);
    }
}

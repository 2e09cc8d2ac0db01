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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A physician's LD prescription with the calculation it was based on, and its pharmacist verification. */
@Entity
@Table(name = "ld_order")
public class LdOrder extends PanacheEntityBase {

    public enum Status { PRESCRIBED, VERIFIED, REJECTED, INVALIDATED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "course_id", nullable = false)
    public Long courseId;
    @Column(name = "assessment_id", nullable = false)
    public Long assessmentId;
    @Column(name = "ld_day1", nullable = false)
    public LocalDate ldDay1;
    @Column(name = "planned_infusion_on", nullable = false)
    public LocalDate plannedInfusionOn;
    @Column(name = "policy_version", nullable = false)
    public String policyVersion;
    /** JSON of the calculation (inputs, steps, results) the prescriber saw. */
    @Column(nullable = false)
    public String calculation;
    @Column(name = "weight_kg_used", nullable = false)
    public BigDecimal weightKgUsed;
    @Column(name = "renal_tier", nullable = false)
    public String renalTier;
    @Column(name = "calculated_flu_mg")
    public BigDecimal calculatedFluMg;
    @Column(name = "calculated_cy_mg", nullable = false)
    public BigDecimal calculatedCyMg;
    @Column(name = "prescribed_flu_mg", nullable = false)
    public BigDecimal prescribedFluMg;
    @Column(name = "prescribed_cy_mg", nullable = false)
    public BigDecimal prescribedCyMg;
    @Column(name = "prescription_reason")
    public String prescriptionReason;
    @Column(name = "prescribed_by", nullable = false)
    public String prescribedBy;
    @Column(name = "prescribed_at", nullable = false)
    public Instant prescribedAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    @Column(name = "verified_by")
    public String verifiedBy;
    @Column(name = "verified_at")
    public Instant verifiedAt;
    @Column(name = "verification_meaning")
    public String verificationMeaning;
    @Column(name = "verified_snapshot")
    public String verifiedSnapshot;
    @Column(name = "rejection_reason")
    public String rejectionReason;
    @Column(name = "invalidation_reason")
    public String invalidationReason;
    @Version
    public long version;

    public static List<LdOrder> ofCourse(long courseId) {
        return list("courseId = ?1 order by id", courseId);
    }

    /** The order LD runs under: the newest verified one. */
    public static Optional<LdOrder> verified(long courseId) {
        return find("courseId = ?1 and status = ?2 order by id desc", courseId, Status.VERIFIED).firstResultOptional();
    }

    public static List<LdOrder> open(long courseId) {
        return list("courseId = ?1 and status in ?2 order by id", courseId, List.of(Status.PRESCRIBED, Status.VERIFIED));
    }
}

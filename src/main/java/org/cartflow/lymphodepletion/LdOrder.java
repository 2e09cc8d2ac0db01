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
    @Column(name = "ld_day2", nullable = false)
    public LocalDate ldDay2;
    @Column(name = "ld_day3", nullable = false)
    public LocalDate ldDay3;
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

    /** The planned date of LD day 1, 2 or 3 (days -5, -4, -3 unless the plan was moved). */
    public LocalDate dateOf(int ldDay) {
        return switch (ldDay) {
            case 1 -> ldDay1;
            case 2 -> ldDay2;
            case 3 -> ldDay3;
            default -> throw new IllegalArgumentException("LD day " + ldDay);
        };
    }

    public List<LocalDate> ldDays() {
        return List.of(ldDay1, ldDay2, ldDay3);
    }

    /** LD-1: from LD day {@code from} on, the days fall on {@code firstDate} and the days after it; day 0 is LD end + 3. */
    public void moveFrom(int from, LocalDate firstDate) {
        for (int day = from; day <= 3; day++) {
            LocalDate date = firstDate.plusDays(day - from);
            switch (day) {
                case 1 -> ldDay1 = date;
                case 2 -> ldDay2 = date;
                default -> ldDay3 = date;
            }
        }
        plannedInfusionOn = ldDay3.plusDays(3);
    }

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

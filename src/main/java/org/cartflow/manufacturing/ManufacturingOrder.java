package org.cartflow.manufacturing;

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
import org.cartflow.rules.LabelProfile;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One manufacturing run of the course's product, quoting the chain of identity of its starting material. */
@Entity
@Table(name = "manufacturing_order")
public class ManufacturingOrder extends PanacheEntityBase {

    /**
     * MFG-1 for the commercial product: a yield under the label's minimum dose (the course's label profile's
     * doseMinimumCarTMillions, 280 x 10^6 CAR+ T cells in the Japanese profiles: DOSE-1, STO-3) cannot be received,
     * so it counts as a failed run that justifies a second one. KarMMa's 150 x 10^6 was the trial's threshold, where
     * doses of 150 x 10^6 were given.
     */
    public static BigDecimal minimumYieldE6(LabelProfile profile) {
        return BigDecimal.valueOf(profile.value("doseMinimumCarTMillions"));
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "course_id", nullable = false)
    public Long courseId;

    @Column(name = "run_number", nullable = false)
    public int runNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RunSource source;

    @Column(name = "collection_id", nullable = false)
    public Long collectionId;

    @Column(name = "coi_id", nullable = false)
    public String coiId;

    @Column(nullable = false)
    public String din;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ManufacturingStatus status;

    @Column(name = "car_t_yield_e6")
    public BigDecimal carTYieldE6;

    @Column(name = "out_of_specification", nullable = false)
    public boolean outOfSpecification;

    @Column(name = "status_note")
    public String statusNote;

    @Column(name = "ordered_at", nullable = false)
    public Instant orderedAt;

    @Column(name = "status_changed_at", nullable = false)
    public Instant statusChangedAt;

    @Column(name = "shipped_at")
    public Instant shippedAt;

    @Column(name = "deviation_summary")
    public String deviationSummary;

    @Column(name = "patient_condition_review")
    public String patientConditionReview;

    @Column(name = "deviation_reviewed_by")
    public String deviationReviewedBy;

    @Column(name = "deviation_reviewed_at")
    public Instant deviationReviewedAt;

    @Column(name = "physician_agreement_reason")
    public String physicianAgreementReason;

    @Column(name = "physician_agreed_by")
    public String physicianAgreedBy;

    @Column(name = "physician_agreed_at")
    public Instant physicianAgreedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** MFG-1: the run failed or yielded fewer CAR+ T cells than the label's minimum dose. */
    public boolean justifiesSecondRun(BigDecimal minimumYieldE6) {
        return status == ManufacturingStatus.FAILED
                || (carTYieldE6 != null && carTYieldE6.compareTo(minimumYieldE6) < 0);
    }

    public boolean releasedByException() {
        return deviationReviewedAt != null && physicianAgreedAt != null;
    }

    public static List<ManufacturingOrder> ofCourse(long courseId) {
        return list("courseId = ?1 order by runNumber", courseId);
    }

    public static Optional<ManufacturingOrder> latest(long courseId) {
        return find("courseId = ?1 order by runNumber desc", courseId).firstResultOptional();
    }
}

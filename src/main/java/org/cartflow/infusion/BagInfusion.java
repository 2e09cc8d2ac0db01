package org.cartflow.infusion;

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

/** The label's bedside steps for one bag (INF-4..INF-13, RATE-1), each with who and when. */
@Entity
@Table(name = "bag_infusion")
public class BagInfusion extends PanacheEntityBase {

    /** INF-11: thaw start to end of infusion. */

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "bag_id", nullable = false, unique = true)
    public Long bagId;
    @Column(name = "course_id", nullable = false)
    public Long courseId;
    @Column(name = "identity_checked_by")
    public String identityCheckedBy;
    @Column(name = "identity_checked_at")
    public Instant identityCheckedAt;
    @Column(name = "identity_entry")
    public String identityEntry;
    @Column(name = "identity_cosigned_by")
    public String identityCosignedBy;
    @Column(name = "identity_cosigned_at")
    public Instant identityCosignedAt;
    @Column(name = "inspected_by")
    public String inspectedBy;
    @Column(name = "inspected_at")
    public Instant inspectedAt;
    @Column(name = "inspection_finding")
    public String inspectionFinding;
    @Column(name = "thaw_method")
    public String thawMethod;
    @Column(name = "thaw_temperature_c")
    public BigDecimal thawTemperatureC;
    @Column(name = "thaw_started_by")
    public String thawStartedBy;
    @Column(name = "thaw_started_at")
    public Instant thawStartedAt;
    @Column(name = "thaw_completed_by")
    public String thawCompletedBy;
    @Column(name = "thaw_completed_at")
    public Instant thawCompletedAt;
    @Column(name = "line_set_up_by")
    public String lineSetUpBy;
    @Column(name = "line_set_up_at")
    public Instant lineSetUpAt;
    @Column(name = "bedside_checked_by")
    public String bedsideCheckedBy;
    @Column(name = "bedside_checked_at")
    public Instant bedsideCheckedAt;
    /** SCANNED, or TYPED in the downtime path (then with the reason and a second user's co-signature). */
    @Column(name = "bedside_entry")
    public String bedsideEntry;
    @Column(name = "bedside_manual_reason")
    public String bedsideManualReason;
    @Column(name = "bedside_cosigned_by")
    public String bedsideCosignedBy;
    @Column(name = "bedside_cosigned_at")
    public Instant bedsideCosignedAt;

    public boolean manualBedsideCheck() {
        return "TYPED".equals(bedsideEntry);
    }
    @Column(name = "infusion_started_by")
    public String infusionStartedBy;
    @Column(name = "infusion_started_at")
    public Instant infusionStartedAt;
    @Column(name = "pump_rate_ml_min")
    public BigDecimal pumpRateMlMin;
    /** INF-2: the nurse's reason for a first-bag start inside the grace outside 30-60 minutes after premedication. */
    @Column(name = "premedication_window_reason")
    public String premedicationWindowReason;
    @Column(name = "infusion_ended_by")
    public String infusionEndedBy;
    @Column(name = "infusion_ended_at")
    public Instant infusionEndedAt;
    @Column(name = "rate_ml_min")
    public BigDecimal rateMlMin;
    @Column(name = "back_primed_by")
    public String backPrimedBy;
    @Column(name = "back_primed_at")
    public Instant backPrimedAt;
    @Column(name = "back_prime_ml")
    public Integer backPrimeMl;
    @Column(name = "disposed_by")
    public String disposedBy;
    @Column(name = "disposed_at")
    public Instant disposedAt;

    /** INF-11: the latest moment this bag's infusion may end; null before the thaw starts. */

    public static Optional<BagInfusion> ofBag(long bagId) {
        return find("bagId", bagId).firstResultOptional();
    }

    public static List<BagInfusion> ofCourse(long courseId) {
        return list("courseId = ?1 order by bagId", courseId);
    }
}

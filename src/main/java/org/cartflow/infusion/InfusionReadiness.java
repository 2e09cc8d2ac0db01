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
import org.cartflow.common.SeriousAdverseEvents;
import java.util.Optional;

/** The infusion-day clinical check before any thaw (DELAY-1, DELAY-2), vital signs, and anaphylaxis readiness (INF-2). */
@Entity
@Table(name = "infusion_readiness")
public class InfusionReadiness extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "course_id", nullable = false)
    public Long courseId;
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
    @Column(name = "temperature_c", nullable = false)
    public BigDecimal temperatureC;
    @Column(name = "heart_rate", nullable = false)
    public int heartRate;
    @Column(name = "systolic_bp", nullable = false)
    public int systolicBp;
    @Column(name = "diastolic_bp", nullable = false)
    public int diastolicBp;
    @Column(nullable = false)
    public int spo2;
    @Column(name = "respiratory_rate", nullable = false)
    public int respiratoryRate;
    @Column(name = "emergency_measures_ready", nullable = false)
    public boolean emergencyMeasuresReady;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
    /** When the check was done; DELAY-1/2's "today" is judged by it. */
    @Column(name = "performed_at", nullable = false)
    public Instant performedAt;

    /** DELAY-1: the unresolved serious adverse events named in this check. */
    public List<String> seriousAdverseEvents() {
        return SeriousAdverseEvents.named(saePulmonary, saeCardiac, saeHypotension, saeOther);
    }

    public boolean clear() {
        return seriousAdverseEvents().isEmpty() && !activeInfection && !inflammatoryDisease;
    }

    public static Optional<InfusionReadiness> latest(long courseId) {
        return find("courseId = ?1 order by performedAt desc, id desc", courseId).firstResultOptional();
    }
}

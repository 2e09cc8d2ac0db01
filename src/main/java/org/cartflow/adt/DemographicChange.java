package org.cartflow.adt;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One field of a demographic update the EHR's ADT feed sent: applied, or held for the coordinator. */
@Entity
@Table(name = "demographic_change")
public class DemographicChange extends PanacheEntityBase {

    public enum Kind {
        NAME, BIRTH_DATE, SEX, MERGE
    }

    public enum Status {
        /** Applied when it arrived (no product in chain of identity, not a merge). */
        APPLIED,
        /** Waiting for the coordinator (AUTOLOGOUS-1). */
        HELD,
        /** Held, then applied by the coordinator with a reason. */
        ACCEPTED,
        /** Held, then kept as CartFlow had it by the coordinator with a reason. */
        KEPT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "patient_id", nullable = false)
    public Long patientId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;
    @Column(name = "current_value")
    public String currentValue;
    @Column(name = "incoming_value", nullable = false)
    public String incomingValue;
    @Column(nullable = false)
    public String source;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    @Column(name = "received_by", nullable = false)
    public String receivedBy;
    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
    @Column(name = "resolved_by")
    public String resolvedBy;
    @Column(name = "resolved_at")
    public Instant resolvedAt;
    @Column(name = "resolution_reason")
    public String resolutionReason;

    public static List<DemographicChange> ofPatient(long patientId) {
        return list("patientId = ?1 order by id", patientId);
    }

    public static List<DemographicChange> held(long patientId) {
        return list("patientId = ?1 and status = ?2 order by id", patientId, Status.HELD);
    }
}

package org.cartflow.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One entry of the append-only audit trail; a database trigger refuses UPDATE and DELETE. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String actor;

    @Column(name = "actor_role", nullable = false)
    public String actorRole;

    @Column(nullable = false)
    public String action;

    @Column(name = "patient_id")
    public Long patientId;

    @Column(name = "course_id")
    public Long courseId;

    @Column(name = "state_before")
    public String stateBefore;

    @Column(name = "state_after")
    public String stateAfter;

    public String reason;

    /** JSON text of what was recorded, hashed as stored. */
    public String details;

    @Column(name = "prev_hash", nullable = false, columnDefinition = "bpchar(64)")
    public String prevHash;

    @Column(nullable = false, columnDefinition = "bpchar(64)")
    public String hash;
}

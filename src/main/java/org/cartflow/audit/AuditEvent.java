package org.cartflow.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One entry of the append-only audit trail: the runtime database role may only INSERT and SELECT it, and a trigger
 * refuses UPDATE and DELETE to everyone else.
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    /** Taken from the sequence before the insert, because the keyed hash covers it. */
    @Id
    public Long id;

    /** The journey's chain: {@code course:<id>}, else {@code patient:<id>}, else {@code system}; "legacy" before V32. */
    @Column(name = "chain_id", nullable = false)
    public String chainId;

    /** 1, 2, 3 ... within the chain. */
    @Column(name = "chain_seq", nullable = false)
    public Long chainSeq;

    /** Which HMAC key sealed the event; null for the plain SHA-256 events written before V32. */
    @Column(name = "key_id")
    public String keyId;

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

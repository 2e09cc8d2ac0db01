package org.cartflow.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A signed list of chain heads; append-only like the events (runtime role: INSERT/SELECT; trigger for the rest). */
@Entity
@Immutable
@Table(name = "audit_checkpoint")
public class AuditCheckpoint extends PanacheEntityBase {

    @Id
    public Long id;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** One line per chain that moved since the previous checkpoint, sorted: {@code <chain> <seq> <hash>}. */
    @Column(nullable = false)
    public String heads;

    @Column(nullable = false)
    public int chains;

    @Column(name = "prev_signature", nullable = false, columnDefinition = "bpchar(64)")
    public String prevSignature;

    @Column(name = "key_id", nullable = false)
    public String keyId;

    @Column(nullable = false, columnDefinition = "bpchar(64)")
    public String signature;
}

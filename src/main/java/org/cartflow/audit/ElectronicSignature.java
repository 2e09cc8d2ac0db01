package org.cartflow.audit;

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
import org.hibernate.annotations.Immutable;

/**
 * One electronic signature, linked to the record it signs ({@code recordType} + {@code recordId}). The runtime
 * database role may only INSERT and SELECT this table, like the audit trail, so a signature cannot be moved to another
 * record or re-attributed after the fact.
 */
@Entity
@Immutable
@Table(name = "e_signature")
public class ElectronicSignature extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "course_id", nullable = false)
    public long courseId;

    @Column(name = "record_type", nullable = false)
    public String recordType;

    @Column(name = "record_id", nullable = false)
    public long recordId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SignatureMeaning meaning;

    @Column(name = "meaning_text", nullable = false)
    public String meaningText;

    @Column(name = "signer_subject", nullable = false)
    public String signerSubject;

    @Column(name = "signer_username", nullable = false)
    public String signerUsername;

    @Column(name = "signer_name", nullable = false)
    public String signerName;

    @Column(name = "signer_role", nullable = false)
    public String signerRole;

    @Column(name = "signed_at", nullable = false)
    public Instant signedAt;

    /** When the signer last entered their credentials (the token's auth_time): at most the configured age before. */
    @Column(name = "authenticated_at", nullable = false)
    public Instant authenticatedAt;
}

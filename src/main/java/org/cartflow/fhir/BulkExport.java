package org.cartflow.fhir;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One FHIR Bulk Data export job: who asked, for which sites and why, and how far it has got. */
@Entity
@Table(name = "fhir_bulk_export")
public class BulkExport extends PanacheEntityBase {

    enum Status {
        IN_PROGRESS, COMPLETE, FAILED
    }

    /** A random UUID: the status URL is not guessable, and only the requester may use it anyway. */
    @Id
    public String id;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "requester_role", nullable = false)
    public String requesterRole;

    /** The requester's sites when they asked, comma-separated: the export holds those sites' cases only. */
    @Column(nullable = false)
    public String sites;

    @Column(nullable = false)
    public String purpose;

    @Column(name = "request_url", nullable = false)
    public String requestUrl;

    /** The resource types asked for, comma-separated. */
    @Column(nullable = false)
    public String types;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** When the dataset was read: the manifest's transactionTime. */
    @Column(name = "transaction_at")
    public Instant transactionAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    public String error;

    List<String> siteList() {
        return Arrays.asList(sites.split(","));
    }

    List<String> typeList() {
        return Arrays.asList(types.split(","));
    }
}

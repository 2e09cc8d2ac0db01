package org.cartflow.product;

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
import java.util.Optional;

/**
 * A reading warmer than -130 C: the bags are quarantined until a physician decides (STO-1); a release also records
 * the manufacturer's assessment it rests on.
 */
@Entity
@Table(name = "storage_excursion")
public class StorageExcursion extends PanacheEntityBase {

    public enum Decision { RELEASE, DISCARD }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "course_id", nullable = false)
    public Long courseId;
    @Column(name = "shipment_id", nullable = false)
    public Long shipmentId;
    @Column(name = "reading_id", nullable = false)
    public Long readingId;
    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;
    @Enumerated(EnumType.STRING)
    public Decision decision;
    public String reason;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "manufacturer_reference")
    public String manufacturerReference;
    @Column(name = "manufacturer_assessed_by")
    public String manufacturerAssessedBy;
    @Column(name = "manufacturer_assessed_at")
    public Instant manufacturerAssessedAt;

    public boolean open() {
        return decision == null;
    }

    public static List<StorageExcursion> ofCourse(long courseId) {
        return list("courseId = ?1 order by id", courseId);
    }

    public static Optional<StorageExcursion> openOf(long courseId) {
        return find("courseId = ?1 and decision is null order by id", courseId).firstResultOptional();
    }
}

package org.cartflow.product;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** A temperature reading of the storage holding the product (STO-1: -130 C or colder). */
@Entity
@Table(name = "storage_reading")
public class StorageReading extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "course_id", nullable = false)
    public Long courseId;
    @Column(name = "shipment_id", nullable = false)
    public Long shipmentId;
    @Column(name = "measured_at", nullable = false)
    public Instant measuredAt;
    @Column(name = "temperature_c", nullable = false)
    public BigDecimal temperatureC;
    @Column(nullable = false)
    public String location;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public boolean coldEnough() {
        return temperatureC.compareTo(ProductLimits.MAX_STORAGE_C) <= 0;
    }

    public static Optional<StorageReading> latest(long courseId) {
        return find("courseId = ?1 order by measuredAt desc, id desc", courseId).firstResultOptional();
    }
}

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
import java.time.LocalDate;
import java.util.Optional;

/** The frozen product as received, with what its release certificate says (STO-2, STO-3, AUTOLOGOUS-1). */
@Entity
@Table(name = "product_shipment")
public class ProductShipment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "course_id", nullable = false, unique = true)
    public Long courseId;
    @Column(name = "manufacturing_run_id", nullable = false)
    public Long manufacturingRunId;
    @Column(name = "certificate_number", nullable = false)
    public String certificateNumber;
    @Column(name = "coi_id", nullable = false)
    public String coiId;
    @Column(nullable = false)
    public String din;
    @Column(name = "patient_mrn", nullable = false)
    public String patientMrn;
    @Column(name = "patient_family_name", nullable = false)
    public String patientFamilyName;
    @Column(name = "patient_given_name", nullable = false)
    public String patientGivenName;
    @Column(name = "patient_birth_date", nullable = false)
    public LocalDate patientBirthDate;
    @Column(name = "expiry_date", nullable = false)
    public LocalDate expiryDate;
    @Column(name = "total_car_t_e6", nullable = false)
    public BigDecimal totalCarTE6;
    @Column(name = "arrival_temperature_c", nullable = false)
    public BigDecimal arrivalTemperatureC;
    @Column(name = "received_by", nullable = false)
    public String receivedBy;
    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
    @Column(name = "storage_location")
    public String storageLocation;
    @Column(name = "stored_by")
    public String storedBy;
    @Column(name = "stored_at")
    public Instant storedAt;

    public static Optional<ProductShipment> ofCourse(long courseId) {
        return find("courseId", courseId).firstResultOptional();
    }
}

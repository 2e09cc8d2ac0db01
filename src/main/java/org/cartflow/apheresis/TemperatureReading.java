package org.cartflow.apheresis;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A temperature reading of the transport box; outside 2-8 °C it is an excursion that needs a decision (APH-3). */
@Entity
@Table(name = "temperature_reading")
public class TemperatureReading extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "shipment_id", nullable = false)
    public Long shipmentId;

    @Column(name = "measured_at", nullable = false)
    public Instant measuredAt;

    @Column(nullable = false)
    public BigDecimal celsius;

    @Column(nullable = false)
    public boolean excursion;

    @Enumerated(EnumType.STRING)
    public ExcursionDecision decision;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public static List<TemperatureReading> ofShipment(long shipmentId) {
        return list("shipmentId = ?1 order by measuredAt, id", shipmentId);
    }
}

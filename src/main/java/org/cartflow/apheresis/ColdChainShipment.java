package org.cartflow.apheresis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** APH-3: the apheresis product packed in a 2-8 °C transport box for the manufacturing site. */
@Entity
@Table(name = "cold_chain_shipment")
public class ColdChainShipment extends ApheresisRecord {

    public static final BigDecimal LOW_C = new BigDecimal("2.0");
    public static final BigDecimal HIGH_C = new BigDecimal("8.0");

    @Column(name = "collection_id", nullable = false)
    public Long collectionId;

    @Column(name = "box_id", nullable = false)
    public String boxId;

    @Column(name = "box_set_low_c", nullable = false)
    public BigDecimal boxSetLowC;

    @Column(name = "box_set_high_c", nullable = false)
    public BigDecimal boxSetHighC;

    @Column(name = "packed_at", nullable = false)
    public Instant packedAt;

    @Column(name = "packed_by", nullable = false)
    public String packedBy;

    @Column(nullable = false)
    public String destination;

    /** 2.0 and 8.0 °C are inside the range. */
    public static boolean inRange(BigDecimal celsius) {
        return celsius.compareTo(LOW_C) >= 0 && celsius.compareTo(HIGH_C) <= 0;
    }

    public static Optional<ColdChainShipment> ofCollection(long collectionId) {
        return find("collectionId", collectionId).firstResultOptional();
    }
}

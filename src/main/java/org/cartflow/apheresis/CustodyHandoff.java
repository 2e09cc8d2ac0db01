package org.cartflow.apheresis;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** Chain of custody: who handed the box to whom, when and where. */
@Entity
@Table(name = "custody_handoff")
public class CustodyHandoff extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "shipment_id", nullable = false)
    public Long shipmentId;

    @Column(name = "from_party", nullable = false)
    public String fromParty;

    @Column(name = "to_party", nullable = false)
    public String toParty;

    @Column(name = "handed_at", nullable = false)
    public Instant handedAt;

    @Column(nullable = false)
    public String location;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public static List<CustodyHandoff> ofShipment(long shipmentId) {
        return list("shipmentId = ?1 order by handedAt, id", shipmentId);
    }
}

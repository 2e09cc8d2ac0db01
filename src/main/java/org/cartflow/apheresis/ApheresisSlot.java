package org.cartflow.apheresis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** The booked leukapheresis slot: when and in which unit. A new booking replaces the previous one. */
@Entity
@Table(name = "apheresis_slot")
public class ApheresisSlot extends ApheresisRecord {

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(nullable = false)
    public String unit;

    public static Optional<ApheresisSlot> current(long courseId) {
        return find("courseId = ?1 order by id desc", courseId).firstResultOptional();
    }
}

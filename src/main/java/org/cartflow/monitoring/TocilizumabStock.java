package org.cartflow.monitoring;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** Doses of tocilizumab held for the patient (the infusion checklist asks for them); a dose given takes one. */
@Entity
@Table(name = "tocilizumab_stock")
public class TocilizumabStock extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "course_id", nullable = false, unique = true)
    public Long courseId;
    @Column(name = "doses_on_hand", nullable = false)
    public int dosesOnHand;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public static Optional<TocilizumabStock> of(long courseId) {
        return find("courseId", courseId).firstResultOptional();
    }
}

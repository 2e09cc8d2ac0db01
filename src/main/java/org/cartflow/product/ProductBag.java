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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One infusion bag listed on the release certificate, with its own state. */
@Entity
@Table(name = "product_bag")
public class ProductBag extends PanacheEntityBase {

    /** A bag's life: received, put in LN2 vapour storage, then thawed and infused, or quarantined / discarded. */
    public enum State {
        RECEIVED, STORED, QUARANTINED, THAWING, INFUSING, INFUSED, DISCARDED;

        public boolean inUse() {
            return this == THAWING || this == INFUSING;
        }

        /** Infused, or documented as not infusable (INF-12). */
        public boolean accountedFor() {
            return this == INFUSED || this == DISCARDED;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "shipment_id", nullable = false)
    public Long shipmentId;
    @Column(name = "course_id", nullable = false)
    public Long courseId;
    @Column(nullable = false)
    public int position;
    @Column(name = "bag_code", nullable = false)
    public String bagCode;
    @Column(name = "volume_ml", nullable = false)
    public BigDecimal volumeMl;
    @Column(name = "car_t_e6", nullable = false)
    public BigDecimal carTE6;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;
    /** Damaged, leaking, refrozen, washed or irradiated: no decision can bring it back (INF-5, INF-7, INF-8). */
    @Column(name = "never_infusable", nullable = false)
    public boolean neverInfusable;
    @Column(name = "quarantine_reason")
    public String quarantineReason;
    @Column(name = "not_infusable_reason")
    public String notInfusableReason;
    @Column(name = "not_infusable_rule")
    public String notInfusableRule;
    @Column(name = "not_infusable_by")
    public String notInfusableBy;
    @Column(name = "not_infusable_at")
    public Instant notInfusableAt;
    @Column(name = "volume_infused_ml")
    public BigDecimal volumeInfusedMl;

    public static List<ProductBag> ofCourse(long courseId) {
        return list("courseId = ?1 order by position", courseId);
    }

    public static Optional<ProductBag> ofCourse(long courseId, long bagId) {
        return find("id = ?1 and courseId = ?2", bagId, courseId).firstResultOptional();
    }

    public void quarantine(String reason, boolean forever) {
        state = State.QUARANTINED;
        quarantineReason = reason;
        neverInfusable = neverInfusable || forever;
    }
}

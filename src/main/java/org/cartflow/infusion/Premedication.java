package org.cartflow.infusion;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** INF-2: acetaminophen plus an H1 antihistamine 30-60 minutes before the infusion; corticosteroids only in an emergency. */
@Entity
@Table(name = "premedication")
public class Premedication extends PanacheEntityBase {


    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "course_id", nullable = false)
    public Long courseId;
    @Column(name = "given_at", nullable = false)
    public Instant givenAt;
    @Column(name = "acetaminophen_mg", nullable = false)
    public int acetaminophenMg;
    /** DIPHENHYDRAMINE or OTHER_H1 (named in antihistamineName). */
    @Column(nullable = false)
    public String antihistamine;
    @Column(name = "antihistamine_name", nullable = false)
    public String antihistamineName;
    @Column(name = "antihistamine_mg", nullable = false)
    public BigDecimal antihistamineMg;
    public String corticosteroid;
    @Column(name = "corticosteroid_emergency", nullable = false)
    public boolean corticosteroidEmergency;
    @Column(name = "corticosteroid_reason")
    public String corticosteroidReason;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public Instant earliestStart(BedsideLimits limits) {
        return givenAt.plus(limits.premedicationEarliest());
    }

    public Instant latestStart(BedsideLimits limits) {
        return givenAt.plus(limits.premedicationLatest());
    }

    /** INF-2: the first bag may start from 30 to 60 minutes after premedication, both ends included. */
    public boolean windowContains(Instant start, BedsideLimits limits) {
        return !start.isBefore(earliestStart(limits)) && !start.isAfter(latestStart(limits));
    }

    /** INF-2 "about" 30-60 minutes: a start outside the window but no more than {@code grace} beyond either end. */
    public boolean graceContains(Instant start, Duration grace, BedsideLimits limits) {
        return !windowContains(start, limits) && !start.isBefore(earliestStart(limits).minus(grace))
                && !start.isAfter(latestStart(limits).plus(grace));
    }

    /** INF-2: a first bag may start in the window, or inside the grace when the nurse recorded why. */
    public boolean acceptsFirstStart(Instant start, Duration grace, boolean reasonRecorded, BedsideLimits limits) {
        return windowContains(start, limits) || (reasonRecorded && graceContains(start, grace, limits));
    }

    /** INF-2: a systemic corticosteroid given without a recorded life-threatening emergency. */
    public boolean steroidBlocks() {
        return corticosteroid != null && !corticosteroid.isBlank() && !corticosteroidEmergency;
    }

    public static Optional<Premedication> latest(long courseId) {
        return find("courseId = ?1 order by givenAt desc, id desc", courseId).firstResultOptional();
    }

    /** The course's premedications, oldest first. */
    public static List<Premedication> ofCourse(long courseId) {
        return list("courseId = ?1 order by givenAt, id", courseId);
    }
}

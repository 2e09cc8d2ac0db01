package org.cartflow.bridging;

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
import java.time.LocalDate;
import org.cartflow.rules.LabelProfile;
import java.util.List;
import java.util.Optional;

/** One drug of a bridging regimen (BRG-1), with the date of its last dose (BRG-2). */
@Entity
@Table(name = "bridging_dose")
public class BridgingDose extends PanacheEntityBase {

    /** BRG-2: how many days the last bridging dose comes before LD day 1, from the course's label profile (14). */
    public static int washoutDays(LabelProfile profile) {
        return profile.value("bridgingWashoutDays");
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "course_id", nullable = false)
    public Long courseId;

    @Column(nullable = false)
    public String drug;

    @Enumerated(EnumType.STRING)
    @Column(name = "drug_class", nullable = false)
    public BridgingClass drugClass;

    @Column(nullable = false)
    public String dose;

    @Column(name = "started_on", nullable = false)
    public LocalDate startedOn;

    @Column(name = "last_dose_on", nullable = false)
    public LocalDate lastDoseOn;

    @Column(name = "class_override_reason")
    public String classOverrideReason;

    @Column(name = "washout_override_reason")
    public String washoutOverrideReason;

    @Column(name = "override_by")
    public String overrideBy;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public LocalDate washoutEndsOn(int washoutDays) {
        return lastDoseOn.plusDays(washoutDays);
    }

    public static List<BridgingDose> ofCourse(long courseId) {
        return list("courseId = ?1 order by startedOn, id", courseId);
    }

    /** The earliest LD day 1 the bridging doses allow: the last dose plus the washout; empty without bridging. */
    public static Optional<LocalDate> earliestLdStart(long courseId, int washoutDays) {
        return ofCourse(courseId).stream().map(d -> d.washoutEndsOn(washoutDays)).max(LocalDate::compareTo);
    }
}

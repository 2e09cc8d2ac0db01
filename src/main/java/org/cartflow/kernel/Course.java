package org.cartflow.kernel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** One course of the product for one patient: the journey the state machine drives. */
@Entity
@NamedEntityGraph(name = Course.WITH_PATIENT, attributeNodes = @NamedAttributeNode("patient"))
public class Course extends PanacheEntityBase {

    /** The course with its patient in one query: nearly every step needs the patient's hospital zone. */
    public static final String WITH_PATIENT = "Course.withPatient";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id")
    public Patient patient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CourseState state;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Start of day 0. */
    @Column(name = "infused_at")
    public Instant infusedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** DOSE-1: CAR+ T cells (x 10^6) of the bags infused, recorded with the infusion. */
    @Column(name = "infused_dose_e6")
    public java.math.BigDecimal infusedDoseE6;

    /** When the patient died (record-death's occurredAt), which survival counts to. */
    @Column(name = "died_at")
    public Instant diedAt;

    /** The label profile this course is judged by (rules/LabelProfiles), pinned when it was opened. */
    @Column(name = "label_profile", nullable = false)
    public String labelProfile;

    @Version
    public long version;

    public ZoneId zone() {
        return ZoneId.of(patient.hospitalZone);
    }

    /** "Day N" counted from the infusion date in the hospital's zone; null before infusion. */
    public Integer dayNumber(Instant now) {
        if (infusedAt == null) {
            return null;
        }
        LocalDate day0 = infusedAt.atZone(zone()).toLocalDate();
        return (int) ChronoUnit.DAYS.between(day0, now.atZone(zone()).toLocalDate());
    }

    public static List<Course> ofPatient(long patientId) {
        return list("patient.id = ?1 order by id", patientId);
    }

    /**
     * The ids of the patient's other courses in which the product was given (ELIG-2, NOREUSE-1). This course may not
     * be persisted yet (its id null), so ids are compared as objects.
     */
    public List<Long> otherCoursesInfused() {
        return ofPatient(patient.id).stream().filter(c -> !c.id.equals(id) && c.infusedAt != null).map(c -> c.id)
                .toList();
    }

    /** The patient's one open course (not in a terminal state), if any. */
    public static java.util.Optional<Course> active(long patientId) {
        return ofPatient(patientId).stream().filter(c -> !c.state.terminal()).findFirst();
    }
}

package org.cartflow.monitoring;

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
import org.cartflow.monitoring.MonitoringEnums.*;

/** MON-1/3/4: one inpatient assessment (vital signs, CRS signs, ICE and neurology) with its computed grades. */
@Entity
@Table(name = "monitoring_assessment")
public class MonitoringAssessment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "course_id", nullable = false)
    public Long courseId;
    @Column(name = "assessed_at", nullable = false)
    public Instant assessedAt;
    @Column(name = "day_number", nullable = false)
    public int dayNumber;
    @Column(name = "temperature_c", nullable = false)
    public BigDecimal temperatureC;
    @Column(name = "systolic_bp", nullable = false)
    public int systolicBp;
    @Column(name = "diastolic_bp", nullable = false)
    public int diastolicBp;
    @Column(name = "heart_rate", nullable = false)
    public int heartRate;
    @Column(nullable = false)
    public int spo2;
    @Enumerated(EnumType.STRING)
    @Column(name = "oxygen_device", nullable = false)
    public OxygenDevice oxygenDevice;
    @Column(name = "oxygen_flow_lpm")
    public BigDecimal oxygenFlowLpm;
    @Column(nullable = false)
    public boolean hypotension;
    @Column(nullable = false)
    public int vasopressors;
    @Column(nullable = false)
    public boolean vasopressin;
    @Column(name = "ice_orientation")
    public Integer iceOrientation;
    @Column(name = "ice_naming")
    public Integer iceNaming;
    @Column(name = "ice_commands")
    public Integer iceCommands;
    @Column(name = "ice_writing")
    public Integer iceWriting;
    @Column(name = "ice_attention")
    public Integer iceAttention;
    @Column(name = "ice_score")
    public Integer iceScore;
    @Column(name = "ice_not_performed_reason")
    public String iceNotPerformedReason;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Consciousness consciousness;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Seizure seizure;
    @Column(name = "motor_weakness", nullable = false)
    public boolean motorWeakness;
    @Enumerated(EnumType.STRING)
    @Column(name = "cerebral_oedema", nullable = false)
    public CerebralOedema cerebralOedema;
    @Column(name = "crs_grade", nullable = false)
    public int crsGrade;
    @Column(name = "icans_grade", nullable = false)
    public int icansGrade;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
    /** Set when a physician attributes this assessment's fever to a documented cause other than CRS. */
    @Enumerated(EnumType.STRING)
    @Column(name = "fever_attributed_to")
    public MonitoringEnums.FeverCause feverAttributedTo;
    @Column(name = "fever_attribution_note")
    public String feverAttributionNote;
    @Column(name = "fever_attributed_by")
    public String feverAttributedBy;
    @Column(name = "fever_attributed_at")
    public Instant feverAttributedAt;
    @Column(name = "crs_grade_before_attribution")
    public Integer crsGradeBeforeAttribution;

    public static List<MonitoringAssessment> ofCourse(long courseId) {
        return list("courseId = ?1 order by assessedAt, id", courseId);
    }

    public static Optional<MonitoringAssessment> latest(long courseId) {
        return find("courseId = ?1 order by assessedAt desc, id desc", courseId).firstResultOptional();
    }

    /** When CRS was first graded 1 or more before {@code at}, if ever. */
    /** The CRS grade of the stored findings; a fever attributed to another cause does not count (ASTCT 2019). */
    public int gradeCrs(boolean feverMaskedByTreatment) {
        if (feverAttributedTo != null) {
            return CrsGrading.gradeWithoutFever(hypotension, vasopressors, vasopressin, oxygenDevice, oxygenFlowLpm,
                    feverMaskedByTreatment);
        }
        return CrsGrading.grade(temperatureC, hypotension, vasopressors, vasopressin, oxygenDevice, oxygenFlowLpm,
                feverMaskedByTreatment);
    }

    public static Optional<Instant> firstCrsBefore(long courseId, Instant at) {
        return find("courseId = ?1 and crsGrade >= 1 and assessedAt < ?2 order by assessedAt", courseId, at)
                .<MonitoringAssessment>firstResultOptional().map(a -> a.assessedAt);
    }
}

package org.cartflow.monitoring;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** POST-5: an IMWG response assessment during follow-up (sCR, CR, VGPR, PR, MR, SD, PD) with MRD. */
@Entity
@Table(name = "response_assessment")
public class ResponseAssessment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "course_id", nullable = false)
    public Long courseId;
    @Column(name = "assessed_on", nullable = false)
    public LocalDate assessedOn;
    @Column(nullable = false)
    public String response;
    @Column(nullable = false)
    public String mrd;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public static List<ResponseAssessment> ofCourse(long courseId) {
        return list("courseId = ?1 order by assessedOn, id", courseId);
    }
}

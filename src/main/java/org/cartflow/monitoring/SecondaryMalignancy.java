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

/** POST-5: a secondary malignancy diagnosed during follow-up, with its lineage (TMAL-1-JP24). */
@Entity
@Table(name = "secondary_malignancy")
public class SecondaryMalignancy extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "course_id", nullable = false)
    public Long courseId;
    @Column(name = "diagnosed_on", nullable = false)
    public LocalDate diagnosedOn;
    @Column(nullable = false)
    public String diagnosis;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    public MalignancyLineage lineage;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public static List<SecondaryMalignancy> ofCourse(long courseId) {
        return list("courseId = ?1 order by diagnosedOn, id", courseId);
    }
}

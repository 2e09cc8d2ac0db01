package org.cartflow.eligibility;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;
import org.cartflow.eligibility.EligibilityEnums.Diagnosis;
import org.cartflow.eligibility.EligibilityEnums.DiseaseStatus;

/** ELIG-1: relapsed or refractory multiple myeloma. */
@Entity
@Table(name = "myeloma_diagnosis")
public class MyelomaDiagnosis extends Finding {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Diagnosis diagnosis;

    @Enumerated(EnumType.STRING)
    @Column(name = "disease_status", nullable = false)
    public DiseaseStatus diseaseStatus;

    @Column(name = "diagnosed_on")
    public LocalDate diagnosedOn;

    public static Optional<MyelomaDiagnosis> current(long courseId) {
        return find("courseId = ?1 order by id desc", courseId).firstResultOptional();
    }
}

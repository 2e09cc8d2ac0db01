package org.cartflow.eligibility;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;

/** ELIG-5 (trial): ECOG performance status at screening. */
@Entity
@Table(name = "ecog_assessment")
public class EcogAssessment extends Finding {

    @Column(nullable = false)
    public int score;

    @Column(name = "assessed_on", nullable = false)
    public LocalDate assessedOn;

    public static Optional<EcogAssessment> current(long courseId) {
        return find("courseId = ?1 order by id desc", courseId).firstResultOptional();
    }
}

package org.cartflow.eligibility;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;

/** ELIG-6: pregnancy excluded; contraception counselling for patients of childbearing potential. */
@Entity
@Table(name = "pregnancy_status")
public class PregnancyStatus extends Finding {

    @Column(name = "childbearing_potential", nullable = false)
    public boolean childbearingPotential;

    @Column(nullable = false)
    public boolean pregnant;

    @Column(name = "pregnancy_test_negative_on")
    public LocalDate pregnancyTestNegativeOn;

    @Column(name = "contraception_counselled", nullable = false)
    public boolean contraceptionCounselled;

    public static Optional<PregnancyStatus> current(long courseId) {
        return find("courseId = ?1 order by id desc", courseId).firstResultOptional();
    }
}

package org.cartflow.eligibility;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Optional;

/**
 * ELIG-6: "in principle not administered (原則として投与しないこと); only when the benefit is judged to outweigh the
 * risk": a physician's benefit-risk decision for one recorded pregnancy, with the contraception plan after treatment.
 * It answers that pregnancy status only; a later status needs its own decision.
 */
@Entity
@Table(name = "pregnancy_benefit_risk")
public class PregnancyBenefitRisk extends Finding {

    @Column(name = "pregnancy_status_id", nullable = false)
    public Long pregnancyStatusId;

    @Column(nullable = false)
    public String reason;

    @Column(name = "contraception_plan", nullable = false)
    public String contraceptionPlan;

    public static Optional<PregnancyBenefitRisk> forStatus(long pregnancyStatusId) {
        return find("pregnancyStatusId = ?1 order by id desc", pregnancyStatusId).firstResultOptional();
    }
}

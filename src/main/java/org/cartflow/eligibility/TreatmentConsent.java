package org.cartflow.eligibility;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;
import org.cartflow.eligibility.EligibilityEnums.ConsentSigner;

/** CONSENT-1: written consent to the treatment after a written explanation of efficacy and risks. */
@Entity
@Table(name = "treatment_consent")
public class TreatmentConsent extends Finding {

    @Column(name = "signed_on", nullable = false)
    public LocalDate signedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "signed_by", nullable = false)
    public ConsentSigner signedBy;

    @Column(name = "signer_name", nullable = false)
    public String signerName;

    @Column(name = "explained_by", nullable = false)
    public String explainedBy;

    @Column(name = "document_reference", nullable = false)
    public String documentReference;

    @Column(nullable = false)
    public boolean written;

    public static Optional<TreatmentConsent> current(long courseId) {
        return find("courseId = ?1 order by id desc", courseId).firstResultOptional();
    }
}

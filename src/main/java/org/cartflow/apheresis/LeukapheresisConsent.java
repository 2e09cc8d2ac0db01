package org.cartflow.apheresis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;

/** CONSENT-2: written consent to the use of the collected white cells, witnessed. */
@Entity
@Table(name = "leukapheresis_consent")
public class LeukapheresisConsent extends ApheresisRecord {

    @Column(name = "signed_on", nullable = false)
    public LocalDate signedOn;

    @Column(name = "signer_name", nullable = false)
    public String signerName;

    @Column(name = "witness_name", nullable = false)
    public String witnessName;

    @Column(name = "explained_by", nullable = false)
    public String explainedBy;

    @Column(name = "document_reference", nullable = false)
    public String documentReference;

    @Column(nullable = false)
    public boolean written;

    @Column(name = "use_of_cells_explained", nullable = false)
    public boolean useOfCellsExplained;

    public static Optional<LeukapheresisConsent> current(long courseId) {
        return find("courseId = ?1 order by id desc", courseId).firstResultOptional();
    }
}

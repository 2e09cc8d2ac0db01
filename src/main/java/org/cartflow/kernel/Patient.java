package org.cartflow.kernel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

@Entity
public class Patient extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String mrn;

    /** The site (hospital) the patient belongs to; users see and act on patients of their own sites only. */
    @Column(nullable = false, updatable = false)
    public String site;

    @Column(name = "family_name", nullable = false)
    public String familyName;

    @Column(name = "given_name", nullable = false)
    public String givenName;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sex sex;

    @Column(name = "hospital_zone", nullable = false)
    public String hospitalZone;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    public static Optional<Patient> byMrn(String site, String mrn) {
        return find("site = ?1 and mrn = ?2", site, mrn).firstResultOptional();
    }
}

package org.cartflow.eligibility;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;

/** SITE-1: the treating site can manage CRS emergencies and the physician is experienced and trained. */
@Entity
@Table(name = "site_qualification")
public class SiteQualification extends Finding {

    @Column(name = "site_code", nullable = false)
    public String siteCode;

    @Column(name = "site_name", nullable = false)
    public String siteName;

    @Column(name = "crs_emergency_capable", nullable = false)
    public boolean crsEmergencyCapable;

    @Column(name = "treating_physician", nullable = false)
    public String treatingPhysician;

    @Column(name = "heme_sct_experienced", nullable = false)
    public boolean hemeSctExperienced;

    @Column(name = "manufacturer_training_on")
    public LocalDate manufacturerTrainingOn;

    public static Optional<SiteQualification> current(long courseId) {
        return find("courseId = ?1 order by id desc", courseId).firstResultOptional();
    }
}

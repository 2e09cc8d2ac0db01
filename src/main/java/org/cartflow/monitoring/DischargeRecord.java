package org.cartflow.monitoring;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** MON-2 and POST-1..4: caregiver, lodging near the site, and the patient's acknowledgement of after-care rules. */
@Entity
@Table(name = "discharge_record")
public class DischargeRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "course_id", nullable = false)
    public Long courseId;
    @Column(name = "caregiver_name", nullable = false)
    public String caregiverName;
    @Column(name = "caregiver_contact", nullable = false)
    public String caregiverContact;
    @Column(name = "lodging_address", nullable = false)
    public String lodgingAddress;
    @Column(name = "lodging_minutes_to_site", nullable = false)
    public int lodgingMinutesToSite;
    @Column(name = "ack_no_driving", nullable = false)
    public boolean ackNoDriving;
    @Column(name = "ack_no_donation", nullable = false)
    public boolean ackNoDonation;
    @Column(name = "ack_live_vaccines", nullable = false)
    public boolean ackLiveVaccines;
    @Column(name = "ack_hiv_nat_false_positive", nullable = false)
    public boolean ackHivNatFalsePositive;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public static Optional<DischargeRecord> current(long courseId) {
        return find("courseId = ?1 order by id desc", courseId).firstResultOptional();
    }
}

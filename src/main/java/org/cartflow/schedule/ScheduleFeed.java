package org.cartflow.schedule;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/** A personal calendar feed: the secret URL's hash, whose it is, and the sites it shows. */
@Entity
@Table(name = "schedule_feed")
public class ScheduleFeed extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "secret_hash", nullable = false, unique = true)
    public String secretHash;

    @Column(nullable = false)
    public String owner;

    @Column(name = "owner_role", nullable = false)
    public String ownerRole;

    /** Comma-separated site codes of the owner when the feed was made. */
    @Column(nullable = false)
    public String sites;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Version
    public long version;

    public Set<String> siteSet() {
        Set<String> out = new TreeSet<>();
        Arrays.stream(sites.split(",")).filter(s -> !s.isBlank()).forEach(out::add);
        return out;
    }
}

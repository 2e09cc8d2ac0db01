package org.cartflow.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cartflow.audit.AuditEntry;
import org.cartflow.audit.AuditTrail;
import org.cartflow.common.CurrentUser;
import org.cartflow.common.ProblemException;
import org.cartflow.common.Role;
import org.cartflow.common.SiteScope;
import org.cartflow.common.Texts;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.ws.rs.core.UriInfo;

/**
 * Issue 22 item 4: personal calendar feeds. The secret (256 random bits, URL-safe) is shown once and kept only as its
 * SHA-256, which is enough for a secret of that entropy and lets the feed be found by an index lookup.
 */
@ApplicationScoped
public class ScheduleFeeds {

    static final List<String> OWNERS = List.of(Role.COORDINATOR, Role.PHYSICIAN, Role.NURSE, Role.PHARMACIST);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CurrentUser user;

    @Inject
    SiteScope sites;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @ConfigProperty(name = "cartflow.ui.base-url")
    Optional<String> uiBase;

    /** A new feed of the caller's sites; the answer's secret is not stored anywhere. */
    @Transactional
    public Created create() {
        var text = Texts.of(ScheduleText.class);
        String role = user.requireRole(OWNERS, text.subscribeToTheSchedule());
        Set<String> mine = sites.requireAny();
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ScheduleFeed f = new ScheduleFeed();
        f.secretHash = hash(secret);
        f.owner = user.name();
        f.ownerRole = role;
        f.sites = String.join(",", mine);
        f.createdAt = clock.instant();
        f.persistAndFlush();
        audit.append(AuditEntry.record(user.name(), role, "schedule.feed.created", null, null, null,
                AuditEntry.details("feedId", f.id, "sites", f.sites)));
        return new Created(f, secret);
    }

    public record Created(ScheduleFeed feed, String secret) {
    }

    @Transactional
    public List<ScheduleFeed> mine() {
        user.requireRole(OWNERS, Texts.of(ScheduleText.class).subscribeToTheSchedule());
        return ScheduleFeed.list("owner = ?1 order by id", user.name());
    }

    /** Revokes one of the caller's feeds; another user's feed is a 404, as if it did not exist. */
    @Transactional
    public ScheduleFeed revoke(long id) {
        String role = user.requireRole(OWNERS, Texts.of(ScheduleText.class).subscribeToTheSchedule());
        ScheduleFeed f = ScheduleFeed.<ScheduleFeed>findByIdOptional(id).filter(x -> x.owner.equals(user.name()))
                .orElseThrow(() -> ProblemException.notFound(Texts.of(ScheduleText.class).feed(), id));
        if (f.revokedAt == null) {
            f.revokedAt = clock.instant();
            f.revokedBy = user.name();
            ScheduleFeed.flush();
            audit.append(AuditEntry.record(user.name(), role, "schedule.feed.revoked", null, null, null,
                    AuditEntry.details("feedId", f.id)));
        }
        return f;
    }

    /** The live feed with this secret, if any. */
    @Transactional
    public Optional<ScheduleFeed> live(String secret) {
        return ScheduleFeed.<ScheduleFeed>find("secretHash = ?1 and revokedAt is null", hash(secret))
                .firstResultOptional();
    }

    /** The address a calendar app subscribes to. */
    public String url(UriInfo uri, String secret) {
        return base(uri) + "/schedule/feeds/" + secret + ".ics";
    }

    /** Where links in a feed point: cartflow.ui.base-url, else this server as the request reached it. */
    public String base(UriInfo uri) {
        String b = uiBase.filter(s -> !s.isBlank()).orElse(uri.getBaseUri().toString());
        return b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

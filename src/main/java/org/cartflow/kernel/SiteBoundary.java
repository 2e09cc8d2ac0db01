package org.cartflow.kernel;

import io.agroal.api.AgroalDataSource;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cartflow.common.CommonText;
import org.cartflow.common.ProblemException;
import org.cartflow.common.Role;
import org.cartflow.common.SiteClaim;
import org.cartflow.common.Texts;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Issue 20 item 5: a request that names a patient or a course of another site is answered 404, exactly as for an id
 * that does not exist, so a user learns nothing of other sites' patients. It runs before the endpoint is matched, so
 * before the role check too: every role gets the same 404 on every endpoint, whatever its roles.
 *
 * <p>Break the glass: a physician may read (GET) another site's patient with a reason in the {@code Break-Glass-Reason}
 * header; the read goes through and the access log keeps it flagged with the reason. Writes are never let through.
 */
public class SiteBoundary {

    public static final String BREAK_GLASS_HEADER = "Break-Glass-Reason";
    /** The request property the access log reads the reason of a break-the-glass read from. */
    public static final String BREAK_GLASS_PROPERTY = "cartflow.break-glass-reason";
    public static final int MIN_REASON = 10;

    private static final Logger LOG = Logger.getLogger(SiteBoundary.class);
    private static final Pattern PATIENT = Pattern.compile("^/(?:ui/)?patients/(\\d{1,18})(?:/.*)?$");
    private static final Pattern COURSE = Pattern.compile("^/(?:ui/)?courses/(\\d{1,18})(?:/.*)?$");
    private static final int CACHE_LIMIT = 100_000;

    /** A record's site never changes (patient.site is not updatable, a course keeps its patient): safe to cache. */
    private static final Map<Long, String> COURSE_SITES = new ConcurrentHashMap<>();
    private static final Map<Long, String> PATIENT_SITES = new ConcurrentHashMap<>();

    public enum Verdict { PASS, BREAK_GLASS, HIDE, REASON_TOO_SHORT }

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    AgroalDataSource db;

    @Inject
    ManagedExecutor executor;

    @Inject
    SiteClaim claim;

    /** Who may do what with a record of {@code recordSite}; a record that does not exist (null) is the endpoint's 404. */
    public static Verdict decide(String recordSite, Set<String> userSites, String method, Set<String> roles,
            String breakGlassReason) {
        if (recordSite == null || userSites.contains(recordSite)) {
            return Verdict.PASS;
        }
        if (breakGlassReason == null || !"GET".equals(method) || !roles.contains(Role.PHYSICIAN)) {
            return Verdict.HIDE;
        }
        return breakGlassReason.strip().length() < MIN_REASON ? Verdict.REASON_TOO_SHORT : Verdict.BREAK_GLASS;
    }

    @ServerRequestFilter(preMatching = true)
    public Uni<Response> keepToSite(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        Long course = id(COURSE, path);
        Long patient = course == null ? id(PATIENT, path) : null;
        if (course == null && patient == null) {
            return Uni.createFrom().nullItem();
        }
        String reason = request.getHeaderString(BREAK_GLASS_HEADER);
        return identities.getDeferredIdentity().onFailure().recoverWithNull().onItem().transformToUni(identity -> {
            if (identity == null || identity.isAnonymous()) {
                return Uni.createFrom().nullItem(); // the endpoint's own security answers 401
            }
            return Uni.createFrom().item(() -> course != null ? courseSite(course) : patientSite(patient))
                    .runSubscriptionOn(executor)
                    .map(site -> answer(request, identity, site, course, patient, reason));
        });
    }

    private Response answer(ContainerRequestContext request, SecurityIdentity identity, String site, Long course,
            Long patient, String reason) {
        Verdict verdict = decide(site, claim.of(identity), request.getMethod(), identity.getRoles(), reason);
        switch (verdict) {
            case PASS:
                return null;
            case BREAK_GLASS:
                String kept = reason.strip().length() > 500 ? reason.strip().substring(0, 500) : reason.strip();
                request.setProperty(BREAK_GLASS_PROPERTY, kept);
                LOG.warnf("break-the-glass read of %s by %s of another site: %s", request.getUriInfo().getPath(),
                        identity.getPrincipal().getName(), kept);
                return null;
            case REASON_TOO_SHORT:
                throw ProblemException.invalid(BREAK_GLASS_HEADER, Texts.of(CommonText.class).breakGlassReason(MIN_REASON));
            default:
                throw course != null ? ProblemException.notFound(Texts.of(KernelText.class).course(), course)
                        : ProblemException.notFound(Texts.of(KernelText.class).patient(), patient);
        }
    }

    private String courseSite(long id) {
        return cached(COURSE_SITES, id, "select p.site from course c join patient p on p.id = c.patient_id where c.id = ?");
    }

    private String patientSite(long id) {
        return cached(PATIENT_SITES, id, "select site from patient where id = ?");
    }

    private String cached(Map<Long, String> cache, long id, String sql) {
        String site = cache.get(id);
        if (site != null) {
            return site;
        }
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                site = rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the site of record " + id, e);
        }
        if (site != null) {
            if (cache.size() > CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(id, site);
        }
        return site;
    }

    private static Long id(Pattern p, String path) {
        Matcher m = p.matcher(path);
        return m.matches() ? Long.valueOf(m.group(1)) : null;
    }
}

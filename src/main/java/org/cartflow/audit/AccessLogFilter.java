package org.cartflow.audit;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.time.Clock;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cartflow.common.AccessHints;
import org.cartflow.kernel.SiteBoundary;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Logs every read of patient data (API and UI: a patient, a course and everything under it, the surveillance export,
 * the schedule, every /fhir resource) and every 401/403, after the response is decided and in its own transaction on another thread, so a
 * read never waits on a write's lock and a failing log never fails the read. The identity is taken without blocking
 * (lazy authentication may still have to resolve it, and an invalid token resolves to none).
 */
public class AccessLogFilter {

    private static final Logger LOG = Logger.getLogger(AccessLogFilter.class);
    private static final Pattern PATIENT = Pattern.compile("^/(?:ui/)?patients/(\\d+)(?:/.*)?$");
    private static final Pattern COURSE = Pattern.compile("^/(?:ui/)?courses/(\\d+)(?:/.*)?$");
    private static final Pattern FEED_SECRET = Pattern.compile("^/schedule/feeds/[^/]+\\.ics$");
    private static final Pattern PATIENT_DATA = Pattern.compile(
            "^/(?:ui(?:/.*)?|patients(?:/.*)?|courses(?:/.*)?|surveillance/export.*|schedule.*"
                    + "|fhir/(?!metadata$|CodeSystem/).+)$");

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    AccessLog log;

    @Inject
    ManagedExecutor executor;

    @Inject
    Clock clock;

    @ServerResponseFilter
    public Uni<Void> filter(ContainerRequestContext request, ContainerResponseContext response) {
        // a calendar feed's URL holds its secret: the log keeps the path without it
        String path = FEED_SECRET.matcher(request.getUriInfo().getPath()).replaceFirst("/schedule/feeds/(secret).ics");
        int status = response.getStatus();
        boolean refused = status == 401 || status == 403;
        boolean read = "GET".equals(request.getMethod()) && PATIENT_DATA.matcher(path).matches();
        if (!refused && !read) {
            return Uni.createFrom().voidItem();
        }
        Uni<SecurityIdentity> who = status == 401 ? Uni.createFrom().nullItem()
                : identities.getDeferredIdentity().onFailure().recoverWithNull();
        String method = request.getMethod();
        Object breakGlass = request.getProperty(SiteBoundary.BREAK_GLASS_PROPERTY);
        Object onBehalfOf = request.getProperty(AccessHints.ACTOR);
        Object onBehalfRole = request.getProperty(AccessHints.ROLE);
        return who.invoke(identity -> {
            boolean anonymous = identity == null || identity.isAnonymous();
            String actor = onBehalfOf instanceof String a ? a : anonymous ? null : name(identity);
            String roles = onBehalfRole instanceof String r ? r
                    : anonymous ? null : String.join(",", new TreeSet<>(identity.getRoles()));
            AccessLog.Access access = new AccessLog.Access(clock.instant(), actor, roles, method,
                    path.length() > 500 ? path.substring(0, 500) : path, status, id(PATIENT, path), id(COURSE, path),
                    breakGlass instanceof String reason ? reason : null);
            executor.runAsync(() -> log.record(access)).exceptionally(e -> {
                LOG.errorf(e, "could not log the access %s %s by %s", access.method(), access.path(), access.actor());
                return null;
            });
        }).onFailure().recoverWithNull().replaceWithVoid();
    }

    /** The same name the audit trail records (preferred_username), so the two logs line up. */
    private static String name(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getClaim("preferred_username") != null) {
            return jwt.getClaim("preferred_username");
        }
        return identity.getPrincipal().getName();
    }

    private static Long id(Pattern p, String path) {
        Matcher m = p.matcher(path);
        if (!m.matches()) {
            return null;
        }
        try {
            return Long.parseLong(m.group(1));
        } catch (NumberFormatException tooLong) {
            return null;
        }
    }
}

package org.cartflow.audit;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Logs every read of patient data (API and UI: a patient, a course and everything under it, the surveillance export,
 * the schedule) and every 401/403, after the response is decided and in its own transaction on another thread, so a
 * read never waits on a write's lock and a failing log never fails the read.
 */
@Provider
public class AccessLogFilter implements ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(AccessLogFilter.class);
    private static final Pattern PATIENT = Pattern.compile("^/(?:ui/)?patients/(\\d+)(?:/.*)?$");
    private static final Pattern COURSE = Pattern.compile("^/(?:ui/)?courses/(\\d+)(?:/.*)?$");
    private static final Pattern PATIENT_DATA = Pattern.compile(
            "^/(?:ui(?:/.*)?|patients(?:/.*)?|courses(?:/.*)?|surveillance/export.*|schedule.*)$");

    @Inject
    SecurityIdentity identity;

    @Inject
    AccessLog log;

    @Inject
    ManagedExecutor executor;

    @Inject
    Clock clock;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        int status = response.getStatus();
        boolean refused = status == 401 || status == 403;
        boolean read = "GET".equals(request.getMethod()) && PATIENT_DATA.matcher(path).matches();
        if (!refused && !read) {
            return;
        }
        boolean anonymous = identity == null || identity.isAnonymous();
        AccessLog.Access access = new AccessLog.Access(clock.instant(), anonymous ? null : name(),
                anonymous ? null : String.join(",", new TreeSet<>(identity.getRoles())), request.getMethod(),
                path.length() > 500 ? path.substring(0, 500) : path, status, id(PATIENT, path), id(COURSE, path));
        executor.runAsync(() -> log.record(access)).exceptionally(e -> {
            LOG.errorf(e, "could not log the access %s %s by %s", access.method(), access.path(), access.actor());
            return null;
        });
    }

    /** The same name the audit trail records (preferred_username), so the two logs line up. */
    private String name() {
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

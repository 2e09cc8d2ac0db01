package org.cartflow.common;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: the user name from the token and the realm roles it carries. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    public String name() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            String preferred = jwt.getClaim("preferred_username");
            if (preferred != null && !preferred.isBlank()) {
                return preferred;
            }
        }
        return identity.getPrincipal().getName();
    }

    /** The identity provider's stable id of the user ({@code sub}); user names can be renamed, subjects cannot. */
    public String subject() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return name();
    }

    /** The full name ({@code name}, else given and family name), as a signature shows it; else the user name. */
    public String fullName() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            String full = jwt.getClaim("name");
            if (full != null && !full.isBlank()) {
                return full;
            }
            String given = jwt.getClaim("given_name");
            String family = jwt.getClaim("family_name");
            String joined = ((given == null ? "" : given) + " " + (family == null ? "" : family)).trim();
            if (!joined.isEmpty()) {
                return joined;
            }
        }
        return name();
    }

    /** When the user last entered credentials: the token's {@code auth_time} (OIDC Core 2), if it carries one. */
    public Optional<Instant> authenticatedAt() {
        return numericClaim("auth_time");
    }

    /** When the token was issued ({@code iat}). */
    public Optional<Instant> tokenIssuedAt() {
        return numericClaim("iat");
    }

    /** A NumericDate claim; smallrye-jwt answers 0 for a standard claim the token lacks, so 0 is "absent". */
    private Optional<Instant> numericClaim(String claim) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(claim);
            long seconds = value instanceof Number n ? n.longValue()
                    : value instanceof jakarta.json.JsonNumber n ? n.longValue() : 0;
            if (seconds > 0) {
                return Optional.of(Instant.ofEpochSecond(seconds));
            }
        }
        return Optional.empty();
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    /** The role under which the user acts: the first of {@code allowed} the user holds, in the order given. */
    public String roleFor(Collection<String> allowed) {
        for (String r : allowed) {
            if (identity.hasRole(r)) {
                return r;
            }
        }
        return null;
    }

    /** {@code what} is the action in the user's language, e.g. "verify LD doses". */
    public String requireRole(Collection<String> allowed, String what) {
        String r = roleFor(allowed);
        if (r == null) {
            CommonText text = Texts.of(CommonText.class);
            throw ProblemException.forbidden(text.onlyRolesMay(String.join(text.or(), allowed), what));
        }
        return r;
    }
}

package org.cartflow.common;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;
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

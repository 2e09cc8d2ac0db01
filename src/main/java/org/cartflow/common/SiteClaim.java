package org.cartflow.common;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The sites a token names: Keycloak maps the user attribute {@code site} (one value or several) into the claim
 * configured by {@code cartflow.site.claim}. No claim, no site: such a user sees no patient at all, unless
 * {@code cartflow.site.without-claim} names one (dev mode's OIDC Dev Service cannot add the claim).
 */
@ApplicationScoped
public class SiteClaim {

    @ConfigProperty(name = "cartflow.site.claim", defaultValue = "site")
    String claim;

    @ConfigProperty(name = "cartflow.site.without-claim")
    Optional<String> withoutClaim;

    public Set<String> of(SecurityIdentity identity) {
        Set<String> sites = new TreeSet<>();
        if (identity == null || identity.isAnonymous()) {
            return Set.of();
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.containsClaim(claim)) {
            add(sites, jwt.getClaim(claim));
        } else {
            withoutClaim.filter(s -> !s.isBlank()).ifPresent(sites::add);
        }
        return Set.copyOf(sites);
    }

    private static void add(Set<String> sites, Object value) {
        if (value instanceof JsonString s) {
            add(sites, s.getString());
        } else if (value instanceof String s) {
            for (String part : s.split(",")) {
                if (!part.isBlank()) {
                    sites.add(part.strip());
                }
            }
        } else if (value instanceof JsonArray a) {
            for (JsonValue v : a) {
                add(sites, v);
            }
        } else if (value instanceof Collection<?> c) {
            c.forEach(v -> add(sites, v));
        }
    }
}

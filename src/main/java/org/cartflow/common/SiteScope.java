package org.cartflow.common;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The sites the caller works at (issue 20 item 5): every list shows those sites' patients only. */
@RequestScoped
public class SiteScope {

    @Inject
    SecurityIdentity identity;

    @ConfigProperty(name = "cartflow.site.claim", defaultValue = "site")
    String claim;

    @ConfigProperty(name = "cartflow.site.without-claim")
    Optional<String> withoutClaim;

    private Set<String> sites;

    public Set<String> sites() {
        if (sites == null) {
            sites = SiteClaim.of(identity, claim, withoutClaim);
        }
        return sites;
    }

    /** The sites as a query parameter; a user with none gets a value no site has, so the query finds nothing. */
    public List<String> asParameter() {
        return sites().isEmpty() ? List.of("") : List.copyOf(sites());
    }

    public boolean includes(String site) {
        return site != null && sites().contains(site);
    }

    /** The site of a patient registered now: the one asked for (which must be the caller's), else the caller's only one. */
    public String forNewPatient(String requested) {
        CommonText text = Texts.of(CommonText.class);
        if (requested != null && !requested.isBlank()) {
            if (!includes(requested)) {
                throw ProblemException.invalid("site", text.notYourSite(requested, String.join(", ", sites())));
            }
            return requested;
        }
        if (sites().size() == 1) {
            return sites().iterator().next();
        }
        if (sites().isEmpty()) {
            throw ProblemException.forbidden(text.noSite());
        }
        throw ProblemException.invalid("site", text.whichSite(String.join(", ", sites())));
    }
}

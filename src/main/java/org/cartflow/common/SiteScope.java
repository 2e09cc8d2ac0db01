package org.cartflow.common;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/** The sites the caller works at (issue 20 item 5): every list shows those sites' patients only. */
@RequestScoped
public class SiteScope {

    @Inject
    SecurityIdentity identity;

    @Inject
    SiteClaim claim;

    private Set<String> sites;

    public Set<String> sites() {
        if (sites == null) {
            sites = claim.of(identity);
        }
        return sites;
    }

    /** The sites as a query parameter; a user with none gets a value no site has, so the query finds nothing. */
    public List<String> asParameter() {
        return sites().isEmpty() ? List.of("") : List.copyOf(sites());
    }

    /** The caller's sites; a user without one may not act on patients at all (403). */
    public Set<String> requireAny() {
        if (sites().isEmpty()) {
            throw ProblemException.forbidden(Texts.of(CommonText.class).noSite());
        }
        return sites();
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
        if (requireAny().size() == 1) {
            return sites().iterator().next();
        }
        throw ProblemException.invalid("site", text.whichSite(String.join(", ", sites())));
    }
}

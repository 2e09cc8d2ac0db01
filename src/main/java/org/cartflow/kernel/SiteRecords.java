package org.cartflow.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cartflow.common.ProblemException;
import org.cartflow.common.SiteScope;
import org.cartflow.common.Texts;

/** The caller's share of records that come without a path to check (lists, the schedule, a patient in a query). */
@ApplicationScoped
public class SiteRecords {

    @Inject
    SiteScope scope;

    /** Those of {@code courseIds} whose patient belongs to one of the caller's sites. */
    public Set<Long> visibleCourseIds(Collection<Long> courseIds) {
        return courseIdsAtSites(courseIds, scope.asParameter());
    }

    /** Those of {@code courseIds} whose patient belongs to one of {@code sites} (a calendar feed's, not the caller's). */
    public Set<Long> courseIdsAtSites(Collection<Long> courseIds, Collection<String> sites) {
        if (courseIds.isEmpty() || sites.isEmpty()) {
            return Set.of();
        }
        List<Long> visible = Course.getEntityManager().createQuery(
                "select c.id from Course c where c.id in ?1 and c.patient.site in ?2", Long.class)
                .setParameter(1, new HashSet<>(courseIds)).setParameter(2, new HashSet<>(sites)).getResultList();
        return Set.copyOf(visible);
    }

    /** The patient when the caller's sites include theirs; else the same 404 as for an id that does not exist. */
    public Patient visiblePatient(long patientId) {
        return Patient.<Patient>findByIdOptional(patientId).filter(p -> scope.includes(p.site)).orElseThrow(
                () -> ProblemException.notFound(Texts.of(KernelText.class).patient(), patientId));
    }

    public List<String> sitesParameter() {
        return scope.asParameter();
    }
}

package org.cartflow.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import org.cartflow.common.JudgedUnder;
import org.cartflow.common.ProblemException;
import org.cartflow.common.Texts;
import org.cartflow.common.Versions;
import org.cartflow.rules.LabelProfile;
import org.cartflow.rules.LabelProfiles;

/** Finds courses for the stages: to read (404 when absent) or to edit under the caller's If-Match. */
@ApplicationScoped
public class Courses {

    @Inject
    Clock clock;

    @Inject
    JudgedUnder judgedUnder;

    @Inject
    LabelProfiles profiles;

    /** Loads a course for a clinical record and bumps its version, so concurrent edits of one journey conflict. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Course beginEdit(long courseId, String ifMatch) {
        Course course = load(courseId);
        Versions.checkIfMatch(ifMatch, course.version);
        course.updatedAt = clock.instant();
        return course;
    }

    public Course load(long courseId) {
        var em = Course.getEntityManager();
        Course course = em.find(Course.class, courseId,
                Map.of("jakarta.persistence.fetchgraph", em.getEntityGraph(Course.WITH_PATIENT)));
        if (course == null) {
            throw ProblemException.notFound(Texts.of(KernelText.class).course(), courseId);
        }
        judgedUnder(course);
        return course;
    }

    /** From here on, the request's refusals name this course's label profile. */
    public void judgedUnder(Course course) {
        LabelProfile p = profiles.get(course.labelProfile);
        judgedUnder.set(p.id(), p.version());
    }
}
